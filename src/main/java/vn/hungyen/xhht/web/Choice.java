package vn.hungyen.xhht.web;

/** An option of a filter's drop-down: the value sent, and what the reader sees. */
record Choice(String value, String label) {
}
