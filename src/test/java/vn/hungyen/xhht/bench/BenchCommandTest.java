package vn.hungyen.xhht.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import vn.hungyen.xhht.check.ReportFile;

/** The bench command on a few workbooks: it generates them, measures every path and prints the table. */
class BenchCommandTest {

    @TempDir
    Path dir;

    @Test
    void measuresEveryPathOnGeneratedWorkbooks() throws Exception {
        StringWriter out = new StringWriter();

        int status = new CommandLine(new BenchCommand()).setOut(new PrintWriter(out, true))
                .execute("--reports", "30", "--rounds", "1", "--dir", dir.toString());

        assertThat(status).isZero();
        assertThat(ReportFile.under(dir)).hasSize(30);
        assertThat(out.toString()).contains("| floor | 1 |", "| floor, one parser per thread | 1 |",
                "| intake alone (no rules) | 1 |", "| checker (intake + rules + findings) | 1 |",
                "| naive peer (XSSFWorkbook + rules + findings) | 1 |");
        // the naive peer and the checker read the same files into the same findings
        String[] findings = out.toString().lines().filter(l -> l.contains("findings) |"))
                .map(l -> l.substring(l.lastIndexOf('|', l.length() - 2) + 1).strip()).toArray(String[]::new);
        assertThat(findings).hasSize(3).containsOnly(findings[0]);
        assertThat(findings[0]).isNotEqualTo("0 |");
    }

    @Test
    void aMissingRuleFolderIsAWrongCommand() {
        StringWriter out = new StringWriter();

        int status = new CommandLine(new BenchCommand()).setOut(new PrintWriter(out, true))
                .execute("--reports", "1", "--rules", dir.resolve("none").toString());

        assertThat(status).isEqualTo(2);
        assertThat(out.toString()).startsWith("bench: Rule folder not found");
    }
}
