package vn.hungyen.xhht.notice;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import vn.hungyen.xhht.plan.Period;
import vn.hungyen.xhht.plan.Status;

/**
 * What the stored reports said as of a day. A report counts from the day its workbook says it was sent, as on
 * the completeness page; of a unit's reports for a period sent by then, the one sent last counts, as in the
 * rules (ties: the later file name, then the later upload).
 */
@Repository
class NoticeRepository {

    /** The report of each unit and period that counted on the day: row_number 1 of its unit and period. */
    private static final String SENT_ON = "coalesce(received_on, submitted_on)";
    private static final String COUNTING = "select id, unit_code, period, submitted_on, file_name, row_number() over "
            + "(partition by unit_code, period order by " + SENT_ON + " desc, received_at desc, id desc) as n "
            + "from report where " + SENT_ON + " <= ?";

    private final JdbcClient jdbc;

    NoticeRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A deliverable row of a report that counted on the day. */
    record Row(String unit, Period period, LocalDate submittedOn, String file, long reportId, String deliverable,
               Status status, LocalDate completedOn) {
    }

    /** The units and periods ({@code UNIT/2015-H2}) some report had been sent for by the day. */
    @Transactional(readOnly = true)
    Set<String> reported(LocalDate day) {
        return new HashSet<>(jdbc.sql("select distinct unit_code, period from report where " + SENT_ON + " <= ?")
                .param(day).query((rs, n) -> rs.getString("unit_code") + "/" + rs.getString("period")).list());
    }

    /** The deliverable rows of the reports that counted on the day, the latest period's first (as the rules). */
    @Transactional(readOnly = true)
    List<Row> deliverables(LocalDate day) {
        return jdbc.sql("select r.unit_code, r.period, r.submitted_on, r.file_name, r.id, d.deliverable, d.status, "
                        + "d.completed_on from (" + COUNTING + ") r join report_deliverable d on d.report_id = r.id "
                        + "where r.n = 1 order by r.period desc, d.row_no")
                .param(day)
                .query((rs, n) -> new Row(rs.getString("unit_code"), Period.of(rs.getString("period")),
                        rs.getDate("submitted_on").toLocalDate(), rs.getString("file_name"), rs.getLong("id"),
                        rs.getString("deliverable"), Status.valueOf(rs.getString("status")),
                        rs.getDate("completed_on") == null ? null : rs.getDate("completed_on").toLocalDate()))
                .list();
    }
}
