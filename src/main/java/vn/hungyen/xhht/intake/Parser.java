package vn.hungyen.xhht.intake;

import java.util.function.Predicate;

/** Reads a cell that is not blank (blank cells are the caller's concern: required or not). */
@FunctionalInterface
interface Parser<T> {

    Parsed<T> parse(SheetCell cell);

    /** This parser, reporting OUT_OF_RANGE with {@code range} as written in messages, e.g. "0–100". */
    default Parser<T> within(Predicate<T> inRange, String range) {
        return cell -> {
            Parsed<T> parsed = parse(cell);
            return !parsed.isOk() || inRange.test(parsed.value())
                    ? parsed
                    : Parsed.bad(Problem.OUT_OF_RANGE, CellValues.show(parsed.value()), range);
        };
    }
}
