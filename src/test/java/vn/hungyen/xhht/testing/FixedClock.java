package vn.hungyen.xhht.testing;

import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * "Today" is {@link #TODAY} in the application's tests: 10/01/2016, after the 2015-H2 deadline and before
 * the 2016-H1 one, so that the periods 2013-H2 to 2015-H2 are due. A test may move it ({@link MovableClock}).
 */
@TestConfiguration(proxyBeanMethods = false)
public class FixedClock {

    public static final LocalDate TODAY = LocalDate.of(2016, 1, 10);
    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    @Bean
    @Primary
    MovableClock fixedClock() {
        return new MovableClock();
    }
}
