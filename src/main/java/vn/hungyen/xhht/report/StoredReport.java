package vn.hungyen.xhht.report;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Comparator;
import vn.hungyen.xhht.intake.Receipt;
import vn.hungyen.xhht.plan.Period;

/**
 * A stored report (one uploaded workbook), without its rows.
 *
 * @param unitName   the unit name written in the workbook (the register's may differ)
 * @param submittedOn the date written in it ("Ngày gửi")
 * @param receivedAt  when it was stored
 * @param receivedOn  the day it was received, when that day dates it (an upload); null when the written date does
 *                    (the sample reports, an administrator's import, reports stored before reading 14)
 * @param current     whether it is the report that counts for its unit and period: the one sent last
 */
public record StoredReport(long id, String fileName, String sha256, long sizeBytes, String unit, String unitName,
                           Period period, LocalDate submittedOn, String preparedBy, OffsetDateTime receivedAt,
                           LocalDate receivedOn, boolean current) {

    /**
     * The engine's order of the versions of one unit and period (the one sent last counts; a tie goes to the one
     * received later), and for a tie on both the later upload.
     */
    public static final Comparator<StoredReport> LATEST_FIRST = Comparator.comparing(StoredReport::sentOn)
            .thenComparing(StoredReport::receivedAt).thenComparing(StoredReport::id).reversed();

    /** The day that dates it for timeliness (catalog reading 14). */
    public LocalDate sentOn() {
        return receivedOn != null ? receivedOn : submittedOn;
    }

    /** How it reached the application, as the checker reads it. */
    public Receipt receipt() {
        return Receipt.stored(receivedAt.toInstant(), receivedOn);
    }

    /** The day by which the report is due (catalog §4). */
    public LocalDate deadline() {
        return Deadlines.of(period);
    }

    /** Whether this version was sent by the deadline; whether the report was is its first version's. */
    public boolean onTime() {
        return !sentOn().isAfter(deadline());
    }
}
