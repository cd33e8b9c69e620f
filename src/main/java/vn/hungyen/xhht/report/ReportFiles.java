package vn.hungyen.xhht.report;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The workbooks as received, byte for byte, beside the reports read from them (for download). */
@Repository
public class ReportFiles {

    private final JdbcClient jdbc;

    ReportFiles(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void keep(long reportId, byte[] content) {
        jdbc.sql("insert into report_file (report_id, content) values (?, ?)").params(reportId, content).update();
    }

    /** The file a report was read from, if it was kept (reports stored before files were kept have none). */
    public Optional<byte[]> of(long reportId) {
        return jdbc.sql("select content from report_file where report_id = ?").param(reportId)
                .query((rs, row) -> rs.getBytes(1)).optional();
    }
}
