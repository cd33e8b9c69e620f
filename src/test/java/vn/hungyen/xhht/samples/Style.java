package vn.hungyen.xhht.samples;

/** The ways of filling in a workbook that the contract accepts, beside the plain Vietnamese template. */
enum Style {
    ENGLISH("English sheet names, labels, headers and status words (Info, Indicators, Deliverables; DONE)"),
    PERCENT_CELLS("values as percent-formatted cells (0.9986 shown as 99.86%)"),
    DECIMAL_COMMA("values as text with a decimal comma: \"99,85\""),
    DECIMAL_COMMA_PERCENT("values as text with a decimal comma and a percent sign: \"99,85%\""),
    COUNTS_ONLY("universal-education rows give numerator and denominator (communes), no value"),
    COUNTS_AND_VALUE("literacy rows give numerator, denominator (people) and the value"),
    FORMULA("value cells of the counted rows are formulas =C/D*100 (cached values stored)"),
    TEXT_DATES("dates typed as text dd/MM/yyyy"),
    ISO_DATES("dates typed as text yyyy-MM-dd"),
    WORDED_PERIOD("period written \"6 tháng đầu năm 2016\" / \"6 tháng cuối năm 2016\""),
    SLASHED_PERIOD("period written \"H1/2016\""),
    SHUFFLED_COLUMNS("columns of both tables in another order (Trạng thái before Mã nhiệm vụ, ...)"),
    INTERIM_VALUES("H2 reports also give values for years without a target: information, not breaches "
            + "(catalog reading 7), e.g. LIT_15_60 of 2014 below the 2015 target");

    final String description;

    Style(String description) {
        this.description = description;
    }

    /** Whether a row of this indicator gives counts in a file of this style. */
    boolean counts(String indicator) {
        return switch (this) {
            case COUNTS_ONLY -> indicator.startsWith("UNIV_");
            case COUNTS_AND_VALUE -> indicator.startsWith("LIT_15_");
            default -> false;
        };
    }
}
