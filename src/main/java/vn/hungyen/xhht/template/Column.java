package vn.hungyen.xhht.template;

/** A column of a table sheet: its header, its width in characters and what its cells hold. */
record Column(String header, int width, Input input) {
}
