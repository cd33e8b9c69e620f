package vn.hungyen.xhht.web;

/** How many findings have one value of a filter (a severity, a kind). */
record Count(Choice of, long count) {
}
