package vn.hungyen.xhht.message;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import vn.hungyen.xhht.plan.Text;
import vn.hungyen.xhht.plan.Unit;
import vn.hungyen.xhht.plan.UnitRegister;

/**
 * The names of units, indicators and deliverables in one language. Indicator and deliverable names live
 * in the rule pack ({@code names_<lang>.properties}, keys {@code indicator.<CODE>} and
 * {@code deliverable.<CODE>}) because they change with the rules, not with the program. A missing name
 * falls back to the code, so a new code in the rules never breaks a message.
 */
public final class Names {

    private final UnitRegister units;
    private final Language language;
    private final Properties names;

    private Names(UnitRegister units, Language language, Properties names) {
        this.units = units;
        this.language = language;
        this.names = names;
    }

    public static Names load(Path rulesDir, UnitRegister units, Language language) {
        Properties names = new Properties();
        Path file = rulesDir.resolve("names_" + language.locale().getLanguage() + ".properties");
        if (Files.isRegularFile(file)) {
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                names.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the names file " + file, e);
            }
        }
        return new Names(units, language, names);
    }

    public String unit(String code) {
        String name = units.find(code).map(this::nameOf).orElse(null);
        return Text.isBlank(name) ? code : name;
    }

    public String indicator(String code) {
        return names.getProperty("indicator." + code, code);
    }

    public String deliverable(String code) {
        return names.getProperty("deliverable." + code, code);
    }

    private String nameOf(Unit unit) {
        return language == Language.EN ? unit.nameEn() : unit.name();
    }
}
