package vn.hungyen.xhht.review;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import vn.hungyen.xhht.plan.UnitKind;

/**
 * A stored report in a list.
 *
 * @param unitName   the register's name of the unit, in the reader's language
 * @param onTime     submitted on or before the period's deadline
 * @param current    whether it is the report that counts for its unit and period (else superseded)
 * @param findings   how many findings concern it, by severity (none when superseded)
 */
public record ReportListItem(long id, String fileName, String unit, String unitName, UnitKind unitKind,
                             String period, String periodLabel, LocalDate submittedOn, LocalDate deadline,
                             boolean onTime, OffsetDateTime receivedAt, boolean current, SeverityCounts findings) {

    /** Numbers of findings by severity. */
    public record SeverityCounts(long high, long medium, long low, long total) {

        public static SeverityCounts of(long high, long medium, long low) {
            return new SeverityCounts(high, medium, low, high + medium + low);
        }
    }
}
