package vn.hungyen.xhht.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every plain #{key} of the templates is in both bundles (keys built with __...__ are checked by the page tests). */
class PageTextsTest {

    private static final Pattern KEY = Pattern.compile("#\\{([A-Za-z0-9_.]+)(?=[}(])");

    @Test
    void everyKeyTheTemplatesUseIsInBothLanguages() throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                Matcher m = KEY.matcher(Files.readString(file));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        assertThat(used).isNotEmpty();
        for (String language : List.of("vi", "en")) {
            assertThat(bundle(language).stringPropertyNames()).as(language).containsAll(used);
        }
    }

    private static Properties bundle(String language) throws IOException {
        Properties p = new Properties();
        try (InputStream in = PageTextsTest.class.getResourceAsStream("/i18n/messages_" + language + ".properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
