package vn.hungyen.xhht.engine;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.hungyen.xhht.plan.Period;

/**
 * How to judge a set of reports.
 *
 * @param asOf     the day the check is made; deadlines before it have passed
 * @param allUnits judge MISSING_REPORT for every unit of the register, not only the units in the files
 * @param periods  judge MISSING_REPORT for these periods, not only the periods in the files
 */
public record CheckOptions(LocalDate asOf, boolean allUnits, Optional<List<Period>> periods) {

    public static CheckOptions asOf(LocalDate asOf) {
        return new CheckOptions(asOf, false, Optional.empty());
    }
}
