package vn.hungyen.xhht.template;

import java.util.Arrays;
import java.util.List;
import vn.hungyen.xhht.message.Messages;

/**
 * The two table sheets of a template: the contract's columns in the contract's order, then the
 * informative columns, which the reader ignores as it ignores any extra column.
 */
final class Tables {

    private Tables() {
    }

    static Table indicators(Owed owed, Wording wording) {
        Messages messages = wording.messages();
        List<Column> columns = List.of(
                new Column(Contract.INDICATOR, 24, Input.PREFILLED),
                new Column(Contract.YEAR, 8, Input.PREFILLED),
                new Column(Contract.NUMERATOR, 12, Input.COUNT),
                new Column(Contract.DENOMINATOR, 12, Input.POSITIVE_COUNT),
                new Column(Contract.VALUE, 12, Input.PERCENT),
                new Column(Contract.NOTE, 30, Input.TEXT),
                new Column(messages.text("template.column.indicatorName"), 55, Input.REFERENCE),
                new Column(messages.text("template.column.target"), 30, Input.REFERENCE));
        List<List<Object>> rows = owed.indicators().stream()
                .map(row -> row(row.indicator(), row.year(), null, null, null, null,
                        wording.indicator(row.indicator()), wording.targets(row.targets())))
                .toList();
        return new Table(Contract.INDICATORS, columns, rows);
    }

    static Table deliverables(Owed owed, Wording wording) {
        Messages messages = wording.messages();
        List<Column> columns = List.of(
                new Column(Contract.DELIVERABLE, 24, Input.PREFILLED),
                new Column(Contract.STATUS, 18, Input.STATUS),
                new Column(Contract.COMPLETED_ON, 16, Input.DATE),
                new Column(Contract.DOCUMENT, 18, Input.TEXT),
                new Column(Contract.NOTE, 30, Input.TEXT),
                new Column(messages.text("template.column.deliverableName"), 55, Input.REFERENCE),
                new Column(messages.text("template.column.due"), 30, Input.REFERENCE));
        List<List<Object>> rows = owed.deliverables().stream()
                .map(row -> row(row.deliverable(), null, null, null, null,
                        wording.deliverable(row.deliverable()), wording.dues(row.duties())))
                .toList();
        return new Table(Contract.DELIVERABLES, columns, rows);
    }

    // Arrays.asList, not List.of: the cells left to the sender are nulls
    private static List<Object> row(Object... cells) {
        return Arrays.asList(cells);
    }
}
