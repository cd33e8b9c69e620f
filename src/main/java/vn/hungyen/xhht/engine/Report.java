package vn.hungyen.xhht.engine;

import java.time.LocalDate;
import vn.hungyen.xhht.intake.Source;
import vn.hungyen.xhht.plan.Period;
import vn.hungyen.xhht.plan.UnitKind;

/** A report that counts: the last one a unit submitted for a period. {@code source} is its "Ngày gửi" cell. */
public record Report(String file, String unit, UnitKind unitKind, Period period, LocalDate submittedOn,
                     Source source) {
}
