package vn.hungyen.xhht.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.hungyen.xhht.intake.Problem;
import vn.hungyen.xhht.intake.Source;
import vn.hungyen.xhht.plan.FindingKind;
import vn.hungyen.xhht.plan.Period;
import vn.hungyen.xhht.plan.Severity;
import vn.hungyen.xhht.plan.UnitKind;

/** A breach found again keeps its key whatever else changed; two breaches never share one. */
class FindingKeyTest {

    private static final Period P = Period.of("2015-H2");

    private static Finding unmet(String file, double actual, Severity severity) {
        return new Finding("RURAL_CLC.2015", FindingKind.UNMET_TARGET, severity, "KHOAI_CHAU", UnitKind.DISTRICT, P,
                "RURAL_CLC", null, 2015, actual, 60.0, "II.1.c", new Source(file, "Chỉ tiêu", "E7"), null, null,
                null, List.of());
    }

    private static Finding cellError(String file, String cell) {
        return new Finding("DATA_ERROR.CELL", FindingKind.DATA_ERROR, Severity.MEDIUM, "KHOAI_CHAU",
                UnitKind.DISTRICT, P, null, null, null, null, null, "VI", new Source(file, "Chỉ tiêu", cell), null,
                null, Problem.values()[0], List.of("x"));
    }

    @Test
    void theSameBreachInAResentReportKeepsItsKey() {
        assertThat(unmet("a.xlsx", 57.4, Severity.HIGH).key())
                .isEqualTo(unmet("b.xlsx", 58.1, Severity.MEDIUM).key());
        assertThat(cellError("a.xlsx", "E7").key()).isEqualTo(cellError("b.xlsx", "E7").key());
    }

    @Test
    void otherKindsPeriodsAndCellsAreOtherBreaches() {
        Finding missing = new Finding("PL17", FindingKind.MISSING_DELIVERABLE, Severity.MEDIUM, "KHOAI_CHAU",
                UnitKind.DISTRICT, P, null, "PL17", null, null, null, "V.3", null, LocalDate.of(2015, 12, 31),
                null, null, List.of());
        Finding overdue = new Finding("PL17", FindingKind.OVERDUE_DELIVERABLE, Severity.HIGH, "KHOAI_CHAU",
                UnitKind.DISTRICT, P, null, "PL17", null, null, null, "V.3", null, LocalDate.of(2015, 12, 31),
                null, null, List.of());
        Finding nextPeriod = new Finding("PL17", FindingKind.MISSING_DELIVERABLE, Severity.MEDIUM, "KHOAI_CHAU",
                UnitKind.DISTRICT, Period.of("2016-H1"), null, "PL17", null, null, null, "V.3", null,
                LocalDate.of(2015, 12, 31), null, null, List.of());
        assertThat(List.of(missing.key(), overdue.key(), nextPeriod.key(), cellError("a.xlsx", "E7").key(),
                cellError("a.xlsx", "E8").key())).doesNotHaveDuplicates();
    }

    @Test
    void anUnreadableFileIsKnownByItsName() {
        Finding unreadable = new Finding("DATA_ERROR.REPORT", FindingKind.DATA_ERROR, Severity.HIGH, null, null,
                null, null, null, null, null, null, "VI", new Source("x.xlsx", null, null), null, null,
                Problem.NOT_A_WORKBOOK, List.of());
        Finding other = new Finding("DATA_ERROR.REPORT", FindingKind.DATA_ERROR, Severity.HIGH, null, null,
                null, null, null, null, null, null, "VI", new Source("y.xlsx", null, null), null, null,
                Problem.NOT_A_WORKBOOK, List.of());
        assertThat(unreadable.key()).isNotEqualTo(other.key());
    }
}
