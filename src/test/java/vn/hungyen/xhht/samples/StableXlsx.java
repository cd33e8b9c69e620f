package vn.hungyen.xhht.samples;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Enumeration;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;

/**
 * Makes a written workbook the same bytes every time it is generated: POI stamps the package with the time
 * of writing (core properties "created", and every zip entry), which would make each regeneration a change
 * to commit. The package is dated the day the report was submitted, by the person who prepared it.
 */
final class StableXlsx {

    // a local date-time, not an instant: zip stores local time, and an instant would depend on the time zone
    private static final LocalDateTime ENTRY_TIME = LocalDateTime.of(2021, 1, 1, 0, 0);
    private static final LocalTime OFFICE_HOURS = LocalTime.of(8, 30);
    private static final ZoneOffset VIETNAM = ZoneOffset.ofHours(7);

    private StableXlsx() {
    }

    static void settle(Path file, LocalDate created, String creator) {
        try {
            try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ_WRITE)) {
                pkg.getPackageProperties().setCreatedProperty(
                        Optional.of(Date.from(created.atTime(OFFICE_HOURS).toInstant(VIETNAM))));
                pkg.getPackageProperties().setCreatorProperty(creator);
            }
            restampEntries(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InvalidFormatException e) {
            throw new IllegalStateException(file + " is not the workbook just written", e);
        }
    }

    private static void restampEntries(Path file) throws IOException {
        Path copy = file.resolveSibling(file.getFileName() + ".tmp");
        try (ZipFile in = new ZipFile(file.toFile()); OutputStream os = Files.newOutputStream(copy);
             ZipOutputStream out = new ZipOutputStream(os)) {
            Enumeration<? extends ZipEntry> entries = in.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                ZipEntry stamped = new ZipEntry(entry.getName());
                stamped.setTimeLocal(ENTRY_TIME);
                out.putNextEntry(stamped);
                try (InputStream data = in.getInputStream(entry)) {
                    data.transferTo(out);
                }
                out.closeEntry();
            }
        }
        Files.move(copy, file, StandardCopyOption.REPLACE_EXISTING);
    }
}
