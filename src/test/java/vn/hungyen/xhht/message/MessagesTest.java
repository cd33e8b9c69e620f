package vn.hungyen.xhht.message;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import vn.hungyen.xhht.plan.Period;

class MessagesTest {

    @Test
    void bothLanguagesHaveTheSameKeys() throws IOException {
        assertThat(bundle("vi").stringPropertyNames()).isEqualTo(bundle("en").stringPropertyNames());
    }

    @Test
    void numbersKeepTwoDecimalsAndMoreWhenTheyMatter() {
        assertThat(Messages.of(Language.VI).number(99.5)).isEqualTo("99,50");
        assertThat(Messages.of(Language.VI).number(99.795)).isEqualTo("99,795");
        assertThat(Messages.of(Language.EN).number(100)).isEqualTo("100.00");
    }

    @Test
    void periodsAndDatesAreWrittenTheLanguagesWay() {
        Messages vi = Messages.of(Language.VI);
        Messages en = Messages.of(Language.EN);
        assertThat(vi.period(Period.of("2014-H1"))).isEqualTo("6 tháng đầu năm 2014");
        assertThat(en.period(Period.of("2014-H2"))).isEqualTo("second half of 2014");
        assertThat(vi.date(LocalDate.of(2013, 9, 30))).isEqualTo("30/09/2013");
        assertThat(en.date(LocalDate.of(2013, 9, 30))).isEqualTo("2013-09-30");
    }

    private static Properties bundle(String language) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream("/i18n/messages_" + language + ".properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
