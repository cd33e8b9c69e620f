package vn.hungyen.xhht.intake;

/**
 * Where a fact came from: a file, and within it a sheet and a cell when known.
 * Printed as the contract writes it: {@code vanlam-2015-H2.xlsx!Chỉ tiêu!D7}.
 */
public record Source(String file, String sheet, String cell) {

    public static Source file(String file) {
        return new Source(file, null, null);
    }

    public static Source sheet(String file, String sheet) {
        return new Source(file, sheet, null);
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder(file);
        if (sheet != null) {
            s.append('!').append(sheet);
        }
        if (cell != null) {
            s.append('!').append(cell);
        }
        return s.toString();
    }
}
