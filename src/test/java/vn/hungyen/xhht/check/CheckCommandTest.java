package vn.hungyen.xhht.check;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hungyen.xhht.check.CommandRun.check;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine.Model.OptionSpec;
import vn.hungyen.xhht.message.Language;
import vn.hungyen.xhht.message.Messages;

/** The command line itself: what is wrong with it exits 2 with a message in the language asked for. */
class CheckCommandTest {

    @TempDir
    Path dir;

    @Test
    void anUnknownOptionIsNamedInVietnameseByDefault() {
        CommandRun run = check("--bogus", "x.xlsx");
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("Lỗi: không có tùy chọn --bogus.", "check --help");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void anUnknownOptionIsNamedInEnglishOnRequest() {
        CommandRun run = check("--lang=en", "--bogus", "x.xlsx");
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("Error: unknown option --bogus.");
    }

    @Test
    void aPathThatDoesNotExistIsNamed() {
        CommandRun run = check("--lang", "en", dir.resolve("nowhere.xlsx").toString());
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("no such file or folder").contains("nowhere.xlsx");
    }

    @Test
    void aBadAsOfDateSaysWhatIsExpected() {
        CommandRun run = check("--as-of", "2015-13-45", "x.xlsx");
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("giá trị \"2015-13-45\" của --as-of không hợp lệ; cần một ngày dạng yyyy-MM-dd");
    }

    @Test
    void badValuesOfTheOtherOptionsExit2() {
        assertThat(check("--periods", "2020-H2..2013-H2", "x.xlsx").status()).isEqualTo(2);
        assertThat(check("--periods", "2015-H3", "x.xlsx").status()).isEqualTo(2);
        assertThat(check("--format", "xml", "x.xlsx").err()).contains("text hoặc json");
        assertThat(check("--lang", "fr", "x.xlsx").err()).contains("vi hoặc en");
    }

    @Test
    void noPathExits2() {
        CommandRun run = check("--lang", "en");
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("Error: missing PATH.");
    }

    @Test
    void everyOptionWithAValueSaysWhatItExpectsInBothLanguages() {
        for (OptionSpec option : CheckCommand.commandLine(Map.of(), null).getCommandSpec().options()) {
            if (option.arity().max() > 0) {
                for (Language language : Language.values()) {
                    assertThat(Messages.of(language).text(ParameterErrors.expectKey(option))).isNotBlank();
                }
            }
        }
    }

    @Test
    void aRuleFolderThatIsNotThereNamesTheVariableThatSetsIt() throws IOException {
        Path report = Files.writeString(dir.resolve("r.xlsx"), "");
        CommandRun run = check(Map.of("XHHT_RULES", dir.resolve("no-rules").toString()), "--lang", "en",
                report.toString());
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("no rule folder", "no-rules", "XHHT_RULES");
    }

    @Test
    void rulesThatDoNotCompileAreReportedWithoutAStackTrace() throws IOException {
        Path rules = Files.createDirectories(dir.resolve("rules"));
        Files.copy(Path.of("rules/units.csv"), rules.resolve("units.csv"));
        Files.writeString(rules.resolve("broken.drl"), "package broken;\nrule \"x\" when then oops( end\n");
        Path report = Files.writeString(dir.resolve("r.xlsx"), "");
        CommandRun run = check("--rules", rules.toString(), report.toString());
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).startsWith("Lỗi: không nạp được bộ quy tắc: ").contains("broken.drl")
                .doesNotContain("\tat ", "Exception");
    }

    @Test
    void helpExits0() {
        CommandRun run = check("--help");
        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("--as-of", "--periods", "--rules", "PATH");
    }

    @Test
    void theLanguageOfAnErrorIsFoundInArgumentsThatDidNotParse() {
        assertThat(ParameterErrors.languageIn(new String[] {"--lang", "EN", "--bogus"})).isEqualTo(Language.EN);
        assertThat(ParameterErrors.languageIn(new String[] {"--lang=en"})).isEqualTo(Language.EN);
        assertThat(ParameterErrors.languageIn(new String[] {"--lang"})).isEqualTo(Language.VI);
        assertThat(ParameterErrors.languageIn(new String[] {"--lang", "fr"})).isEqualTo(Language.VI);
    }
}
