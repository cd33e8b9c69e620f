package vn.hungyen.xhht.check;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import vn.hungyen.xhht.engine.CheckResult;
import vn.hungyen.xhht.engine.Finding;
import vn.hungyen.xhht.message.FindingMessages;
import vn.hungyen.xhht.message.Messages;
import vn.hungyen.xhht.message.Names;
import vn.hungyen.xhht.plan.Period;
import vn.hungyen.xhht.plan.Severity;

/**
 * The findings for an auditor at a terminal: a header line, then the findings under their unit and period,
 * each as a line of facts (severity, kind, code, clause, cell) and the sentence to act on. Follows the
 * order of the findings, which the checker sorts by unit and period, so the output is stable.
 */
final class TextOutput {

    private static final String SEPARATOR = " | ";

    private final Messages messages;
    private final Names names;
    private final FindingMessages findingMessages;

    TextOutput(Messages messages, Names names, FindingMessages findingMessages) {
        this.messages = messages;
        this.names = names;
        this.findingMessages = findingMessages;
    }

    void write(CheckResult result, PrintWriter out) {
        out.println(header(result));
        Group previous = null;
        for (Finding f : result.findings()) {
            Group group = new Group(f.unit(), f.period());
            if (previous == null || !Objects.equals(previous.unit(), group.unit())) {
                out.println();
                out.println(unitHeading(f.unit()));
            }
            if (!group.equals(previous)) {
                out.println("  " + periodHeading(f.period()));
            }
            out.println("    " + facts(f));
            out.println("      " + findingMessages.message(f));
            previous = group;
        }
    }

    private String header(CheckResult result) {
        String asOf = messages.date(result.asOf());
        int reports = result.reports().size();
        if (result.findings().isEmpty()) {
            return messages.text("text.header.clean", asOf, reports, result.rulesVersion());
        }
        String bySeverity = Arrays.stream(Severity.values())
                .map(s -> messages.text("text.severityCount", severity(s),
                        result.findings().stream().filter(f -> f.severity() == s).count()))
                .collect(Collectors.joining(", "));
        return messages.text("text.header.findings", asOf, reports, result.findings().size(), bySeverity,
                result.rulesVersion());
    }

    private String unitHeading(String unit) {
        return unit == null ? messages.text("text.noUnit") : messages.text("text.unit", names.unit(unit), unit);
    }

    private String periodHeading(Period period) {
        return period == null ? messages.text("text.noPeriod")
                : messages.text("text.period", period.code(), messages.period(period));
    }

    private String facts(Finding f) {
        String label = "[" + severity(f.severity()) + "] " + messages.text("kind." + f.kind().name());
        return Stream.of(label, findingMessages.subject(f), f.citation(), Objects.toString(f.source(), null))
                .filter(Objects::nonNull)
                .collect(Collectors.joining(SEPARATOR));
    }

    private String severity(Severity s) {
        return messages.text("severity." + s.name());
    }

    private record Group(String unit, Period period) {
    }
}
