package vn.hungyen.xhht.notice;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.stereotype.Service;
import vn.hungyen.xhht.engine.Duty;
import vn.hungyen.xhht.engine.ReportDue;
import vn.hungyen.xhht.message.Language;
import vn.hungyen.xhht.notice.NoticeView.Item;
import vn.hungyen.xhht.notice.NoticeView.Type;
import vn.hungyen.xhht.notice.NoticeView.UnitNotices;
import vn.hungyen.xhht.plan.Period;
import vn.hungyen.xhht.plan.Status;
import vn.hungyen.xhht.plan.Unit;
import vn.hungyen.xhht.plan.UnitKind;
import vn.hungyen.xhht.system.ApiException;
import vn.hungyen.xhht.unit.RuleBook;
import vn.hungyen.xhht.unit.Texts;

/**
 * Who to chase: the half-year reports (due 15 June and 15 December, 2013-H2 to 2020-H2) and the dated
 * deliverables of the rules' duties, per unit, that fall due soon or became overdue, as of a day. A report is
 * done once some report of its unit and period was sent by the day; a deliverable once the row that counted
 * on the day (the one of the report sent last, for a yearly deliverable the last of its year) says DONE, as
 * the rules judge it. Undated deliverables have no due date to chase and are left out.
 */
@Service
public class Notices {

    public static final int DEFAULT_DAYS = 30;
    public static final int MAX_DAYS = 366;

    private final NoticeRepository repository;
    private final RuleBook rules;
    private final Clock clock;

    Notices(NoticeRepository repository, RuleBook rules, Clock clock) {
        this.repository = repository;
        this.rules = rules;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * @param asOf  the day (default today)
     * @param since overdue since (default {@code days} before {@code asOf}); not after {@code asOf}
     * @param days  how far ahead to look (default {@value #DEFAULT_DAYS}, 1 to {@value #MAX_DAYS})
     * @param unit  one unit's code, or null for all
     * @param kinds the kinds of unit; empty for all
     */
    public NoticeView notices(LocalDate asOf, LocalDate since, Integer days, String unit, List<UnitKind> kinds,
                              Language language) {
        LocalDate day = asOf == null ? today() : asOf;
        int ahead = days == null ? DEFAULT_DAYS : days;
        if (ahead < 1 || ahead > MAX_DAYS) {
            throw ApiException.badRequest("api.error.days", ahead, MAX_DAYS);
        }
        LocalDate from = since == null ? day.minusDays(ahead) : since;
        if (from.isAfter(day)) {
            throw ApiException.badRequest("api.error.since", from, day);
        }
        LocalDate until = day.plusDays(ahead);
        Window window = new Window(from, until);
        Texts texts = rules.texts(language);

        Set<String> reported = repository.reported(day);
        Map<String, NoticeRepository.Row> latestRows = latestRows(repository.deliverables(day));
        List<UnitNotices> units = new ArrayList<>();
        int dueSoon = 0;
        int overdue = 0;
        for (Unit u : units(unit, kinds)) {
            List<Item> items = new ArrayList<>();
            for (ReportDue report : rules.obligations().reportsDue()) {
                Period p = report.period();
                LocalDate due = report.deadline();
                if (window.covers(due) && !reported.contains(u.code() + "/" + p.code())) {
                    items.add(new Item(Type.REPORT, p.code(), texts.text("notice.report", texts.messages().period(p)),
                            null, due, distance(day, due), null, "VI", null, null, null));
                }
            }
            for (Duty d : rules.obligations().duties()) {
                // chased from the plan's due day, though the findings judge a 31/12 duty only once the next report
                // is due (catalog reading 15)
                if (d.unit().equals(u.code()) && d.due() != null && window.covers(d.due())) {
                    NoticeRepository.Row row = latestRows.get(key(d.unit(), d.deliverable(), d.year()));
                    if (row == null || row.status() != Status.DONE) {
                        items.add(new Item(Type.DELIVERABLE, d.deliverable(), texts.names().deliverable(d.deliverable()),
                                d.year(), d.due(), distance(day, d.due()), d.ruleId(), d.citation(), row == null ? null : row.status(),
                                row == null ? null : texts.text("status." + row.status().name()),
                                row == null ? null : row.reportId()));
                    }
                }
            }
            items.sort(Comparator.comparing(Item::due).thenComparing(Item::type).thenComparing(Item::code));
            List<Item> soon = items.stream().filter(i -> !i.due().isBefore(day)).toList();
            List<Item> late = items.stream().filter(i -> i.due().isBefore(day)).toList();
            if (!items.isEmpty()) {
                units.add(new UnitNotices(u.code(), texts.names().unit(u.code()), u.kind(), soon, late));
                dueSoon += soon.size();
                overdue += late.size();
            }
        }
        return new NoticeView(day, from, until, dueSoon, overdue, units);
    }

    private List<Unit> units(String code, List<UnitKind> kinds) {
        if (code != null && !code.isBlank()) {
            Unit unit = rules.register().find(code.strip())
                    .orElseThrow(() -> ApiException.notFound("api.error.unknownUnit", code.strip()));
            return List.of(unit);
        }
        return rules.register().all().stream()
                .filter(u -> kinds == null || kinds.isEmpty() || kinds.contains(u.kind())).toList();
    }

    /**
     * For each unit, deliverable and year, the row that counts: the first met, the rows coming the report sent
     * last first. A key without a year serves a one-off or standing duty, which any year's row answers.
     */
    private static Map<String, NoticeRepository.Row> latestRows(List<NoticeRepository.Row> rows) {
        Map<String, NoticeRepository.Row> latest = new HashMap<>();
        for (NoticeRepository.Row row : rows) {
            latest.putIfAbsent(key(row.unit(), row.deliverable(), null), row);
            // a yearly duty's row answers the year of its completion date, else of its period (reading 15)
            int year = row.completedOn() != null ? row.completedOn().getYear() : row.period().year();
            latest.putIfAbsent(key(row.unit(), row.deliverable(), year), row);
        }
        return latest;
    }

    private static String key(String unit, String deliverable, Integer year) {
        return unit + "/" + deliverable + "/" + Objects.toString(year, "");
    }

    /** Days from the day to the due date, or since it. */
    private static long distance(LocalDate day, LocalDate due) {
        return Math.abs(ChronoUnit.DAYS.between(day, due));
    }

    /** The due dates of interest: from {@code since} to {@code until}, both included. */
    private record Window(LocalDate since, LocalDate until) {

        boolean covers(LocalDate due) {
            return !due.isBefore(since) && !due.isAfter(until);
        }
    }
}
