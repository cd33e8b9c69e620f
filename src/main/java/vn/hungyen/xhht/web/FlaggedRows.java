package vn.hungyen.xhht.web;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import vn.hungyen.xhht.review.FindingView;

/**
 * The workbook rows some finding points at, so that a report's page can mark the value or deliverable a finding
 * is about. Rows, not cells: a deliverable's finding may point at its date or document cell, not its status.
 */
record FlaggedRows(Set<String> rows) {

    static FlaggedRows of(List<FindingView> findings) {
        return new FlaggedRows(findings.stream().map(FindingView::source).filter(Objects::nonNull)
                .map(FlaggedRows::row).collect(Collectors.toSet()));
    }

    /** Whether a finding points at the row of this cell ({@code file!sheet!E7}). Public: templates call it. */
    public boolean has(String source) {
        return source != null && rows.contains(row(source));
    }

    /** {@code file!sheet!E7} → {@code file!sheet!7}: the cell's column dropped. */
    private static String row(String source) {
        int cell = source.lastIndexOf('!');
        return cell < 0 ? source : source.substring(0, cell + 1) + source.substring(cell + 1).replaceAll("^[A-Z]+", "");
    }
}
