package vn.hungyen.xhht.template;

/** What a cell of a template holds, which decides its format and the validation Excel applies to it. */
enum Input {
    /** filled in by the template from the rules: a code, a year, the period */
    PREFILLED,
    /** free text, kept as text so that Excel does not turn "12/2015" into a date */
    TEXT,
    /** a whole number ≥ 0 */
    COUNT,
    /** a whole number > 0 */
    POSITIVE_COUNT,
    /** a percentage typed as a number, 99,8 for 99.8% */
    PERCENT,
    /** one of the contract's statuses, chosen from a list */
    STATUS,
    /** a day, shown dd/mm/yyyy */
    DATE,
    /** what the plan asks of the row, for the sender to read; the reader ignores its column */
    REFERENCE
}
