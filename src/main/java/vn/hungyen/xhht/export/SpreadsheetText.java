package vn.hungyen.xhht.export;

/**
 * Text written into a spreadsheet cell so that no spreadsheet ever runs it (CSV or formula injection): a text
 * that begins with {@code = + - @}, a tab or a carriage return gets a single quote in front, as OWASP
 * recommends. File names, document numbers and notes come from uploaded workbooks, so any text may begin so.
 */
final class SpreadsheetText {

    private static final String TRIGGERS = "=+-@\t\r";

    private SpreadsheetText() {
    }

    static String neutralise(String text) {
        if (text == null || text.isEmpty() || TRIGGERS.indexOf(text.charAt(0)) < 0) {
            return text;
        }
        return "'" + text;
    }
}
