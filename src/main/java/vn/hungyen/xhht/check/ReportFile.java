package vn.hungyen.xhht.check;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** A file to check, and the name findings give it (the {@code file} of their source). */
public record ReportFile(Path path, String displayName) {

    /**
     * The files a PATH argument names: the file itself, whatever it is (a file named explicitly is read, so
     * that a wrong one becomes a DATA_ERROR rather than silence); or the workbooks anywhere under a folder,
     * named by their path relative to it and in that order, so that output does not depend on the file system.
     */
    public static List<ReportFile> under(Path arg) throws IOException {
        if (!Files.isDirectory(arg)) {
            return List.of(new ReportFile(arg, arg.getFileName().toString()));
        }
        try (Stream<Path> files = Files.walk(arg)) {
            return files.filter(Files::isRegularFile).filter(ReportFile::isWorkbook)
                    .map(p -> new ReportFile(p, arg.relativize(p).toString().replace(File.separatorChar, '/')))
                    .sorted(Comparator.comparing(ReportFile::displayName))
                    .toList();
        }
    }

    // "~$name.xlsx" is the lock file Excel leaves beside a workbook it has open, not a report.
    private static boolean isWorkbook(Path file) {
        String name = file.getFileName().toString();
        return name.toLowerCase(Locale.ROOT).endsWith(".xlsx") && !name.startsWith("~$");
    }
}
