package vn.hungyen.xhht.report;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import vn.hungyen.xhht.plan.Period;

/** The stored reports, read back. */
@Service
public class StoredReports {

    private final ReportRepository reports;

    StoredReports(ReportRepository reports) {
        this.reports = reports;
    }

    public Optional<StoredReport> find(long id) {
        return reports.find(id);
    }

    /** Every stored report, current or not, in the order they were stored. */
    public List<StoredReport> all() {
        return reports.findAll();
    }

    public long count() {
        return reports.count();
    }

    /** The versions of a unit's report for a period, the one that counts first. */
    public List<StoredReport> versions(String unit, Period period) {
        return reports.versions(unit, period);
    }

    /** Every stored report as the reader gave it (values, deliverables, problems and their cells). */
    public List<StoredIntake> intakes() {
        return reports.intakes();
    }

    /** Every stored report of one unit, as {@link #intakes()} gives them. */
    public List<StoredIntake> intakesOf(String unit) {
        return reports.intakesOf(unit);
    }

    /** For each unit, indicator and year, the value that counts (the one submitted last). */
    public List<CountingValue> countingValues() {
        return reports.countingValues();
    }

    public Optional<StoredIntake> intake(long id) {
        return reports.intake(id);
    }
}
