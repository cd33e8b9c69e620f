package vn.hungyen.xhht.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hungyen.xhht.intake.Reading.FILE;
import static vn.hungyen.xhht.intake.Reading.problems;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A workbook part that inflates far beyond its compressed size is refused before it is inflated (a "zip
 * bomb"); below 1 MiB any ratio is fine. The part padded here is the styles, which is well-formed either way,
 * so only the limit can refuse it.
 */
class ZipLimitsReadingTest {

    @TempDir
    Path dir;

    @Test
    void aZipBombIsNotAWorkbook() throws IOException {
        Path file = padded("xl/styles.xml", 64L << 20);

        Intake intake = Reading.read(file);

        assertThat(intake.report()).isEmpty();
        assertThat(problems(intake)).isEqualTo(List.of("f.xlsx NOT_A_WORKBOOK []"));
    }

    @Test
    void aSmallPartIsReadWhateverItsRatio() throws IOException {
        Path file = padded("xl/styles.xml", 900L << 10);

        assertThat(Reading.report(Reading.read(file)).unit()).isEqualTo("H_VANLAM");
    }

    /** A valid report where one part is followed by {@code bytes} spaces, which inflate ~1000:1. */
    private Path padded(String part, long bytes) throws IOException {
        Path good = Reading.report().indicator("OFF_IT", 2015, 90).write(dir.resolve("good.xlsx"));
        Path file = dir.resolve(FILE);
        try (ZipFile source = new ZipFile(good.toFile());
             ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            for (ZipEntry entry : source.stream().toList()) {
                zip.putNextEntry(new ZipEntry(entry.getName()));
                source.getInputStream(entry).transferTo(zip);
                if (entry.getName().equals(part)) {
                    spaces(zip, bytes);
                }
            }
        }
        return file;
    }

    private static void spaces(OutputStream out, long bytes) throws IOException {
        byte[] spaces = new byte[1 << 16];
        Arrays.fill(spaces, (byte) ' ');
        for (long left = bytes; left > 0; left -= spaces.length) {
            out.write(spaces, 0, (int) Math.min(left, spaces.length));
        }
    }
}
