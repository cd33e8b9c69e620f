package vn.hungyen.xhht.report;

/**
 * A file to store: a name and its bytes. The name is how findings and problems cite the file, e.g.
 * {@code vanlam-2015-H2.xlsx!Chỉ tiêu!D7}: an upload's file name (see {@link #uploaded}), or a path
 * relative to a folder, as the check command names the files of a folder.
 */
public record IncomingFile(String name, byte[] bytes) {

    private static final int MAX_NAME = 255;

    public IncomingFile {
        // control characters (a newline, a bell) would break the lines of logs and of exports that cite the file
        name = name == null ? "" : name.replaceAll("\\p{Cntrl}", "");
        name = name.isBlank() ? "report.xlsx" : name.strip();
        name = name.length() <= MAX_NAME ? name : name.substring(name.length() - MAX_NAME);
        bytes = bytes == null ? new byte[0] : bytes;
    }

    /** An uploaded file: browsers may send "C:\fakepath\x.xlsx" or a path, and only the last part is its name. */
    public static IncomingFile uploaded(String originalName, byte[] bytes) {
        String n = originalName == null ? "" : originalName.strip();
        return new IncomingFile(n.substring(Math.max(n.lastIndexOf('/'), n.lastIndexOf('\\')) + 1), bytes);
    }
}
