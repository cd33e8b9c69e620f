package vn.hungyen.xhht.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.hungyen.xhht.engine.Duty;
import vn.hungyen.xhht.engine.DutyKind;
import vn.hungyen.xhht.engine.PlanObligations;
import vn.hungyen.xhht.engine.Target;
import vn.hungyen.xhht.engine.TargetKind;
import vn.hungyen.xhht.message.Language;
import vn.hungyen.xhht.message.Messages;
import vn.hungyen.xhht.message.Names;
import vn.hungyen.xhht.plan.Period;
import vn.hungyen.xhht.plan.Severity;
import vn.hungyen.xhht.plan.Unit;
import vn.hungyen.xhht.plan.UnitKind;

/** Two rules on the same row give one row: a second row with the same code is a duplicate to the reader. */
class OwedTest {

    private static final Unit VAN_LAM = new Unit("H_VANLAM", "UBND huyện Văn Lâm", "Văn Lâm", UnitKind.DISTRICT);
    private static final Period H2_2015 = Period.of("2015-H2");

    @Test
    void targetsOnOneIndicatorAndYearShareARow() {
        Target minimum = target("A", "II.1.a", TargetKind.AT_LEAST, 90);
        Target rise = target("B", "II.1.d", TargetKind.RISES, Double.NaN);
        Owed owed = Owed.of(new PlanObligations(List.of(minimum, rise), List.of(), List.of()), VAN_LAM, H2_2015);

        assertThat(owed.indicators()).singleElement().satisfies(row -> {
            assertThat(row.indicator()).isEqualTo("LIT_15_60");
            assertThat(row.year()).isEqualTo(2015);
            assertThat(row.targets()).containsExactly(minimum, rise);
            assertThat(wording().targets(row.targets())).isEqualTo(
                    "≥ 90,00% (II.1.a); tăng so với năm trước (II.1.d)");
        });
    }

    @Test
    void dutiesOnOneDeliverableShareARow() {
        Duty dated = duty("PL03", "PL 3", LocalDate.of(2013, 10, 31));
        Duty standing = duty("PL03", "V.2", null);
        Duty other = duty("PL02", "PL 2", LocalDate.of(2013, 9, 30));
        Owed owed = Owed.of(new PlanObligations(List.of(), List.of(dated, other, standing), List.of()), VAN_LAM, H2_2015);

        assertThat(owed.deliverables()).extracting(Owed.DeliverableRow::deliverable).containsExactly("PL03", "PL02");
        assertThat(owed.deliverables().get(0).duties()).containsExactly(dated, standing);
        assertThat(wording().dues(owed.deliverables().get(0).duties()))
                .isEqualTo("hạn 31/10/2013 (PL 3); không có hạn (V.2)");
    }

    @Test
    void anotherUnitsOrAFirstHalfsValuesAreNotOwed() {
        PlanObligations obligations = new PlanObligations(List.of(target("A", "II.1.a", TargetKind.AT_LEAST, 90)),
                List.of(), List.of());
        Unit other = new Unit("H_YENMY", "UBND huyện Yên Mỹ", "Yên Mỹ", UnitKind.DISTRICT);

        assertThat(Owed.of(obligations, other, H2_2015).indicators()).isEmpty();
        assertThat(Owed.of(obligations, VAN_LAM, Period.of("2015-H1")).indicators()).isEmpty();
    }

    private static Target target(String ruleId, String citation, TargetKind kind, double threshold) {
        return new Target(ruleId, citation, Severity.HIGH, VAN_LAM.code(), VAN_LAM.kind(), "LIT_15_60", 2015, kind,
                threshold);
    }

    private static Duty duty(String deliverable, String citation, LocalDate due) {
        return new Duty(deliverable, citation, VAN_LAM.code(), VAN_LAM.kind(), deliverable,
                due == null ? DutyKind.STANDING : DutyKind.ONCE, due, null);
    }

    private static Wording wording() {
        return new Wording(Names.load(Templates.PACK.dir(), Templates.PACK.units(), Language.VI),
                Messages.of(Language.VI));
    }
}
