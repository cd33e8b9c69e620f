package vn.hungyen.xhht.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hungyen.xhht.intake.Reading.FILE;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The workbook is found where the package's relationships put it, not only at the usual xl/workbook.xml. */
class PackageLayoutReadingTest {

    @TempDir
    Path dir;

    @Test
    void readsAWorkbookKeptElsewhereInThePackage() throws IOException {
        Path usual = Reading.report().indicator("OFF_IT", 2015, 90).write(dir.resolve("usual.xlsx"));
        Path file = dir.resolve(FILE);
        try (ZipFile source = new ZipFile(usual.toFile());
             ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            for (ZipEntry entry : source.stream().toList()) {
                byte[] bytes = source.getInputStream(entry).readAllBytes();
                if (entry.getName().equals("_rels/.rels") || entry.getName().equals("[Content_Types].xml")) {
                    bytes = new String(bytes, StandardCharsets.UTF_8).replace("xl/", "book/")
                            .getBytes(StandardCharsets.UTF_8);
                }
                zip.putNextEntry(new ZipEntry(entry.getName().replaceFirst("^xl/", "book/")));
                zip.write(bytes);
            }
        }

        Intake intake = Reading.read(file);

        assertThat(Reading.problems(intake)).isEmpty();
        assertThat(Reading.report(intake).values()).extracting(ValueRow::indicator).containsExactly("OFF_IT");
    }
}
