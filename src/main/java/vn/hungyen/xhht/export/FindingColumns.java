package vn.hungyen.xhht.export;

import java.util.List;
import vn.hungyen.xhht.review.FindingView;

/**
 * The columns of a findings export, in order: the .xlsx and the .csv writer both write this list, so a column
 * added here is in both files.
 */
final class FindingColumns {

    private FindingColumns() {
    }

    /** @param rulesVersion the version of the rules that found them (one evaluation: the same for all) */
    static List<Column<FindingView>> of(String rulesVersion) {
        return List.of(
                new Column<>("export.col.id", 8, FindingView::id),
                new Column<>("export.col.severity", 12, FindingView::severityLabel),
                new Column<>("export.col.kind", 26, FindingView::kindLabel),
                new Column<>("export.col.ruleId", 24, FindingView::ruleId),
                new Column<>("export.col.citation", 12, FindingView::citation),
                new Column<>("export.col.unit", 16, FindingView::unit),
                new Column<>("export.col.unitName", 36, FindingView::unitName),
                new Column<>("export.col.period", 10, FindingView::period),
                new Column<>("export.col.code", 16, f -> f.indicator() != null ? f.indicator() : f.deliverable()),
                new Column<>("export.col.year", 8, FindingView::year),
                new Column<>("export.col.actual", 11, FindingView::actual),
                new Column<>("export.col.target", 11, FindingView::target),
                new Column<>("export.col.due", 12, FindingView::due),
                new Column<>("export.col.date", 12, FindingView::date),
                new Column<>("export.col.source", 40, FindingView::source),
                new Column<>("export.col.message", 100, FindingView::message),
                new Column<>("export.col.review", 16, FindingView::statusLabel),
                new Column<>("export.col.explanation", 60, f -> f.review().explanation()),
                new Column<>("export.col.waivedUntil", 12, f -> f.review().waivedUntil()),
                new Column<>("export.col.decidedBy", 24, f -> f.review().decided() ? f.review().decidedBy() : null),
                new Column<>("export.col.rulesVersion", 14, f -> rulesVersion));
    }
}
