package vn.hungyen.xhht.intake;

/**
 * How much of a workbook the reader takes in before it refuses the whole file: a report is a few dozen rows of
 * short texts, so that anything far beyond that is a mistake or an attack on the server's memory, and the
 * sender is told which limit and where.
 *
 * @param rowsPerSheet      filled rows below a sheet's header
 * @param textChars         characters of one cell's text (Excel itself allows 32,767; a report's longest text is
 *                          a note of a sentence or two)
 * @param sharedTextChars   characters of all the shared strings together (every text of every sheet, read or not)
 * @param sharedTexts       entries of the shared strings table
 * @param inflatedBytes     bytes inflated from the zip for the whole file, every part read counted
 * @param sheetNameChars    characters of a sheet name that is read (the database keeps 100; Excel allows 31)
 * @param problems          problems listed for one file; more are summed up in one {@link Problem#TOO_MANY_PROBLEMS}
 */
public record ReadLimits(int rowsPerSheet, int textChars, int sharedTextChars, int sharedTexts, long inflatedBytes,
                         int sheetNameChars, int problems) {

    /** The limits of a half-year report, used wherever a report is read. */
    public static final ReadLimits REPORT = new ReadLimits(2_000, 1_000, 2_000_000, 100_000, 16L << 20, 100, 100);

    /** These limits with another number of rows, and room for the bytes they take (the large-sheet benchmark). */
    public ReadLimits withRows(int rows) {
        return new ReadLimits(rows, textChars, sharedTextChars, Math.max(sharedTexts, rows), Math.max(inflatedBytes,
                rows * 1_024L), sheetNameChars, problems);
    }
}
