package vn.hungyen.xhht.engine;

import java.time.LocalDate;
import vn.hungyen.xhht.intake.Source;
import vn.hungyen.xhht.plan.Period;
import vn.hungyen.xhht.plan.UnitKind;

/**
 * A report that counts: of a unit's versions for a period, the one sent last (catalog reading 13).
 *
 * @param submittedOn      the day this version counts as sent: the day the application received it (an
 *                         upload, reading 14), otherwise the date written in it
 * @param source           its "Ngày gửi" cell
 * @param writtenOn        the date written in its "Ngày gửi" cell
 * @param firstSubmittedOn the day the unit's first version for the period was sent, which alone decides
 *                         whether the report was on time (a correction never makes it late)
 * @param firstSource      the first version's "Ngày gửi" cell
 */
public record Report(String file, String unit, UnitKind unitKind, Period period, LocalDate submittedOn,
                     Source source, LocalDate writtenOn, LocalDate firstSubmittedOn, Source firstSource) {
}
