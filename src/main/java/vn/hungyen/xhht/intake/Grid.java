package vn.hungyen.xhht.intake;

/** A sheet being read: its name, and its rows, streamed once in order. */
record Grid(String name, Iterable<SheetRow> rows) {
}
