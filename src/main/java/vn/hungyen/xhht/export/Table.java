package vn.hungyen.xhht.export;

import java.util.ArrayList;
import java.util.List;
import vn.hungyen.xhht.message.Language;
import vn.hungyen.xhht.message.Messages;

/**
 * What an export file holds, whatever its format: headings, widths and rows of values, every text already
 * neutralised ({@link SpreadsheetText}), so that both formats say exactly the same.
 *
 * @param title    the name of the sheet
 * @param language the language of the headings, which also decides how a workbook shows dates
 */
record Table(String title, Language language, List<String> headers, List<Integer> widths, List<List<Object>> rows) {

    static <T> Table of(String titleKey, List<Column<T>> columns, List<T> items, Language language) {
        Messages messages = Messages.of(language);
        List<List<Object>> rows = new ArrayList<>(items.size());
        for (T item : items) {
            List<Object> row = new ArrayList<>(columns.size());
            for (Column<T> column : columns) {
                Object value = column.value().apply(item);
                row.add(value instanceof String text ? SpreadsheetText.neutralise(text) : value);
            }
            rows.add(row);
        }
        return new Table(messages.text(titleKey), language,
                columns.stream().map(c -> SpreadsheetText.neutralise(messages.text(c.header()))).toList(),
                columns.stream().map(Column::width).toList(), rows);
    }
}
