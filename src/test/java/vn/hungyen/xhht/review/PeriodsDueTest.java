package vn.hungyen.xhht.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.hungyen.xhht.plan.Period;

/** The periods an evaluation judges missing reports for: 2013-H2 up to the last one past its deadline. */
class PeriodsDueTest {

    @Test
    void noneBeforeTheFirstDeadlineHasPassed() {
        assertThat(Evaluation.periodsDue(LocalDate.of(2013, 6, 10))).isEmpty();
        assertThat(Evaluation.periodsDue(LocalDate.of(2013, 12, 15))).isEmpty();
    }

    @Test
    void aPeriodIsDueTheDayAfterItsDeadline() {
        assertThat(Evaluation.periodsDue(LocalDate.of(2013, 12, 16))).containsExactly(Period.of("2013-H2"));
        assertThat(Evaluation.periodsDue(LocalDate.of(2016, 6, 15))).last().isEqualTo(Period.of("2015-H2"));
        assertThat(Evaluation.periodsDue(LocalDate.of(2016, 6, 16))).last().isEqualTo(Period.of("2016-H1"));
    }

    @Test
    void neverPastThePlansLastPeriod() {
        assertThat(Evaluation.periodsDue(LocalDate.of(2030, 1, 1))).hasSize(15)
                .first().isEqualTo(Period.of("2013-H2"));
        assertThat(Evaluation.periodsDue(LocalDate.of(2030, 1, 1))).last().isEqualTo(Period.of("2020-H2"));
    }
}
