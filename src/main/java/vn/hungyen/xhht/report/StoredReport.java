package vn.hungyen.xhht.report;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Comparator;
import vn.hungyen.xhht.plan.Period;

/**
 * A stored report (one uploaded workbook), without its rows.
 *
 * @param unitName   the unit name written in the workbook (the register's may differ)
 * @param receivedAt when it was uploaded
 * @param current    whether it is the report that counts for its unit and period: the one submitted last
 */
public record StoredReport(long id, String fileName, String sha256, long sizeBytes, String unit, String unitName,
                           Period period, LocalDate submittedOn, String preparedBy, OffsetDateTime receivedAt,
                           boolean current) {

    /**
     * The engine's order of the reports of one unit and period (the one submitted last counts; a tie goes to
     * the later period, then the later file name), and for a tie on all of those the later upload.
     */
    public static final Comparator<StoredReport> LATEST_FIRST = Comparator.comparing(StoredReport::submittedOn)
            .thenComparing(StoredReport::period).thenComparing(StoredReport::fileName)
            .thenComparing(StoredReport::id).reversed();

    /** The day by which the report is due (catalog §4). */
    public LocalDate deadline() {
        return Deadlines.of(period);
    }

    public boolean onTime() {
        return !submittedOn.isAfter(deadline());
    }
}
