package vn.hungyen.xhht.engine;

import java.time.LocalDate;
import java.util.List;
import vn.hungyen.xhht.intake.Problem;
import vn.hungyen.xhht.intake.Source;
import vn.hungyen.xhht.plan.FindingKind;
import vn.hungyen.xhht.plan.Period;
import vn.hungyen.xhht.plan.Severity;
import vn.hungyen.xhht.plan.UnitKind;

/**
 * A breach of the plan, as the report contract §3 describes it, with its final severity.
 * Fields that do not concern a kind are null. The message is rendered from these fields
 * (see {@code FindingMessages}), so a finding reads the same in every language.
 *
 * @param due     the deadline concerned: of the deliverable, or of the report
 * @param date    the date reported: completed on (LATE_DELIVERABLE), submitted on (LATE_REPORT)
 * @param problem     for DATA_ERROR, what could not be read
 * @param problemArgs the further arguments of the message: a DATA_ERROR's problem's; for TREND_NOT_MET, the
 *                    year whose value {@code target} is
 */
public record Finding(String ruleId, FindingKind kind, Severity severity, String unit, UnitKind unitKind,
                      Period period, String indicator, String deliverable, Integer year, Double actual,
                      Double target, String citation, Source source, LocalDate due, LocalDate date,
                      Problem problem, List<String> problemArgs) {

    public Finding {
        problemArgs = problemArgs == null ? List.of() : List.copyOf(problemArgs);
    }

    /**
     * The breach this finding reports, the same whenever the same breach is found again (by another evaluation,
     * with other rules, or in a resent report): kind, rule, unit, period, code and year. A data error is one
     * cell's (or, when its unit and period could not be read, one file's) problem.
     */
    public String key() {
        StringBuilder key = new StringBuilder().append(kind).append('|').append(ruleId).append('|')
                .append(orEmpty(unit)).append('|').append(period == null ? "" : period.code()).append('|')
                .append(orEmpty(indicator != null ? indicator : deliverable)).append('|')
                .append(year == null ? "" : year.toString());
        if (kind == FindingKind.DATA_ERROR) {
            key.append('|').append(problem == null ? "" : problem.name());
            if (source != null) {
                key.append('|').append(unit == null || period == null ? source.file() : "")
                        .append('!').append(orEmpty(source.sheet())).append('!').append(orEmpty(source.cell()));
            }
        }
        return key.toString();
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    public Finding withSeverity(Severity newSeverity) {
        return new Finding(ruleId, kind, newSeverity, unit, unitKind, period, indicator, deliverable, year, actual,
                target, citation, source, due, date, problem, problemArgs);
    }
}
