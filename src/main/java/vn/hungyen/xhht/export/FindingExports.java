package vn.hungyen.xhht.export;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.StringJoiner;
import org.springframework.stereotype.Service;
import vn.hungyen.xhht.message.Language;
import vn.hungyen.xhht.review.Evaluation;
import vn.hungyen.xhht.review.EvaluationInfo;
import vn.hungyen.xhht.review.FindingFilter;
import vn.hungyen.xhht.review.FindingQueries;
import vn.hungyen.xhht.review.FindingView;

/** The findings a filter matches, all of them, as a file to download. */
@Service
public class FindingExports {

    private final FindingQueries findings;
    private final Evaluation evaluation;
    private final Clock clock;

    FindingExports(FindingQueries findings, Evaluation evaluation, Clock clock) {
        this.findings = findings;
        this.evaluation = evaluation;
        this.clock = clock;
    }

    /** A file's name and contents. */
    public record Export(String fileName, ExportFormat format, byte[] content) {
    }

    public Export findings(FindingFilter filter, ExportFormat format, Language language) {
        List<FindingView> items = findings.all(filter, language);
        String rulesVersion = evaluation.last().map(EvaluationInfo::rulesVersion).orElse(null);
        Table table = Table.of("export.findings.sheet", FindingColumns.of(rulesVersion), items, language);
        return new Export(fileName(filter, format), format, format.write(table));
    }

    /**
     * {@code findings-H_VANLAM-2015-H2-2026-11-27.xlsx}: the unit and period filtered on, if any, and the day
     * of the export, so that files exported on other days or of other periods do not overwrite each other.
     */
    private String fileName(FindingFilter filter, ExportFormat format) {
        StringJoiner name = new StringJoiner("-", "", "." + format.extension()).add("findings");
        if (filter.unit() != null && !filter.unit().isBlank()) {
            name.add(filter.unit().strip().replaceAll("[^A-Za-z0-9_]", "_"));
        }
        if (filter.period() != null) {
            name.add(filter.period().code());
        }
        return name.add(LocalDate.now(clock).toString()).toString();
    }
}
