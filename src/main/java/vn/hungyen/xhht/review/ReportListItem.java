package vn.hungyen.xhht.review;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import vn.hungyen.xhht.plan.UnitKind;

/**
 * A stored report in a list.
 *
 * @param unitName   the register's name of the unit, in the reader's language
 * @param submittedOn the date written in it ("Ngày gửi")
 * @param onTime     sent on or before the period's deadline: received by then for an upload, dated by then for
 *                   history brought in with its date (catalog reading 14)
 * @param datedByReceipt whether the day it was received, not its written date, dates it
 * @param current    whether it is the report that counts for its unit and period (else superseded)
 * @param findings   how many findings concern it, by severity (none when superseded)
 */
public record ReportListItem(long id, String fileName, String unit, String unitName, UnitKind unitKind,
                             String period, String periodLabel, LocalDate submittedOn, LocalDate deadline,
                             boolean onTime, OffsetDateTime receivedAt, boolean datedByReceipt, boolean current,
                             SeverityCounts findings) {

    /** Numbers of findings by severity. */
    public record SeverityCounts(long high, long medium, long low, long total) {

        public static SeverityCounts of(long high, long medium, long low) {
            return new SeverityCounts(high, medium, low, high + medium + low);
        }
    }
}
