package vn.hungyen.xhht.engine;

import java.time.LocalDate;

/** The day the check is made. */
public record AsOf(LocalDate date) {
}
