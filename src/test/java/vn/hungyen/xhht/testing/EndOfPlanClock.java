package vn.hungyen.xhht.testing;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * "Today" is {@link #TODAY}, 31/01/2021, the day the sample reports are checked as of: every deadline of the
 * plan has passed, so the whole sample folder is judged as {@code sample-reports/expected-findings.json} says.
 */
@TestConfiguration(proxyBeanMethods = false)
public class EndOfPlanClock {

    public static final LocalDate TODAY = LocalDate.of(2021, 1, 31);

    @Bean
    @Primary
    Clock endOfPlan() {
        return Clock.fixed(TODAY.atTime(9, 0).atZone(FixedClock.ZONE).toInstant(), FixedClock.ZONE);
    }
}
