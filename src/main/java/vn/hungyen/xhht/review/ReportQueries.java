package vn.hungyen.xhht.review;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.hungyen.xhht.intake.ReportData;
import vn.hungyen.xhht.message.Language;
import vn.hungyen.xhht.plan.Period;
import vn.hungyen.xhht.plan.UnitKind;
import vn.hungyen.xhht.report.StoredIntake;
import vn.hungyen.xhht.report.StoredReport;
import vn.hungyen.xhht.report.StoredReports;
import vn.hungyen.xhht.review.ReportDetail.DeliverableView;
import vn.hungyen.xhht.review.ReportDetail.ValueView;
import vn.hungyen.xhht.review.ReportListItem.SeverityCounts;
import vn.hungyen.xhht.system.Paging;
import vn.hungyen.xhht.system.ResultPage;
import vn.hungyen.xhht.unit.RuleBook;
import vn.hungyen.xhht.unit.Texts;

/** The stored reports with the findings about them. */
@Service
public class ReportQueries {

    private static final String SELECT = "select r.id, r.file_name, r.unit_code, u.kind as unit_kind, r.period, "
            + "r.submitted_on, r.deadline, r.received_at, r.received_on, r.is_current, "
            + "coalesce(f.high, 0) as high, coalesce(f.medium, 0) as medium, coalesce(f.low, 0) as low "
            + "from report r join unit u on u.code = r.unit_code left join ("
            + "select report_id, sum(case when severity = 'HIGH' then 1 else 0 end) as high, "
            + "sum(case when severity = 'MEDIUM' then 1 else 0 end) as medium, "
            + "sum(case when severity = 'LOW' then 1 else 0 end) as low "
            + "from finding where report_id is not null and review_status <> 'RESOLVED' group by report_id) f on f.report_id = r.id";
    private static final String ORDER = " order by r.period desc, u.seq, r.unit_code, r.is_current desc, "
            + "r.submitted_on desc, r.id desc";

    private final JdbcClient jdbc;
    private final StoredReports reports;
    private final FindingQueries findings;
    private final RuleBook rules;

    ReportQueries(JdbcClient jdbc, StoredReports reports, FindingQueries findings, RuleBook rules) {
        this.jdbc = jdbc;
        this.reports = reports;
        this.findings = findings;
        this.rules = rules;
    }

    /** Reports, the latest period first, then in the register's order, the version that counts first. */
    @Transactional(readOnly = true)
    public ResultPage<ReportListItem> reports(ReportFilter filter, Paging paging, Language language) {
        Texts texts = rules.texts(language);
        Where where = where(filter);
        long total = jdbc.sql("select count(*) from report r join unit u on u.code = r.unit_code" + where.sql())
                .params(where.params()).query(Long.class).single();
        List<ReportListItem> items = jdbc.sql(SELECT + where.sql() + ORDER + " limit ? offset ?")
                .params(where.params(paging.size(), paging.offset()))
                .query((rs, n) -> item(rs, texts)).list();
        return ResultPage.of(items, paging, total);
    }

    @Transactional(readOnly = true)
    public Optional<ReportDetail> report(long id, Language language) {
        Texts texts = rules.texts(language);
        return reports.intake(id).map(stored -> detail(stored, texts));
    }

    private ReportDetail detail(StoredIntake stored, Texts texts) {
        StoredReport r = stored.report();
        ReportData data = stored.intake().report().orElseThrow();
        Map<Long, ReportListItem> sameUnitAndPeriod = jdbc.sql(SELECT + " where r.unit_code = ? and r.period = ?")
                .params(r.unit(), r.period().code()).query((rs, n) -> item(rs, texts)).list().stream()
                .collect(Collectors.toMap(ReportListItem::id, Function.identity()));
        List<ReportListItem> versions = reports.versions(r.unit(), r.period()).stream()
                .map(v -> sameUnitAndPeriod.get(v.id())).toList();
        List<ValueView> values = data.values().stream().map(v -> new ValueView(v.indicator(),
                texts.names().indicator(v.indicator()), v.year(), v.numerator(), v.denominator(), v.percent(),
                v.note(), v.source().toString())).toList();
        List<DeliverableView> deliverables = data.deliverables().stream().map(d -> new DeliverableView(
                d.deliverable(), texts.names().deliverable(d.deliverable()), d.status(),
                texts.text("status." + d.status().name()), d.completedOn(), d.documentNo(), d.note(),
                d.statusSource().toString())).toList();
        return new ReportDetail(sameUnitAndPeriod.get(r.id()), r.unitName(), r.preparedBy(), r.sha256(),
                r.sizeBytes(), values, deliverables,
                stored.intake().problems().stream().map(p -> Views.problem(p, texts)).toList(),
                findings.ofReport(r.id(), texts.language()), versions);
    }

    private static Where where(ReportFilter f) {
        Where where = new Where()
                .equal("r.unit_code", f.unit())
                .in("u.kind", f.unitKinds())
                .equal("r.period", f.period() == null ? null : f.period().code())
                .equal("r.is_current", f.current());
        if (f.late() != null) {
            where.condition(f.late() ? "coalesce(r.received_on, r.submitted_on) > r.deadline"
                    : "coalesce(r.received_on, r.submitted_on) <= r.deadline");
        }
        return where;
    }

    private static ReportListItem item(ResultSet rs, Texts texts) throws SQLException {
        Period period = Period.of(rs.getString("period"));
        String unit = rs.getString("unit_code");
        var submittedOn = rs.getDate("submitted_on").toLocalDate();
        java.sql.Date received = rs.getDate("received_on");
        var receivedOn = received == null ? null : received.toLocalDate();
        var sentOn = receivedOn != null ? receivedOn : submittedOn;
        var deadline = rs.getDate("deadline").toLocalDate();
        return new ReportListItem(rs.getLong("id"), rs.getString("file_name"), unit, texts.names().unit(unit),
                UnitKind.valueOf(rs.getString("unit_kind")), period.code(), texts.messages().period(period),
                submittedOn, deadline, !sentOn.isAfter(deadline),
                rs.getObject("received_at", OffsetDateTime.class), receivedOn != null, rs.getBoolean("is_current"),
                SeverityCounts.of(rs.getLong("high"), rs.getLong("medium"), rs.getLong("low")));
    }
}
