package vn.hungyen.xhht.template;

import java.util.List;

/**
 * A table sheet as the contract lays it out: one header row, then one row per record. A row gives one
 * value per column; null leaves the cell for the sender.
 */
record Table(String name, List<Column> columns, List<List<Object>> rows) {
}
