package vn.hungyen.xhht.engine;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.hungyen.xhht.intake.DeliverableEntry;
import vn.hungyen.xhht.intake.Intake;
import vn.hungyen.xhht.intake.IntakeProblem;
import vn.hungyen.xhht.intake.ReportData;
import vn.hungyen.xhht.intake.Source;
import vn.hungyen.xhht.intake.ValueRow;
import vn.hungyen.xhht.plan.FindingKind;
import vn.hungyen.xhht.plan.Period;
import vn.hungyen.xhht.plan.Status;

/**
 * Facts in, findings out: builds reports as intake would give them and checks them with the real rule pack.
 * Each report's cells get distinct references, so a test can tell which cell a finding names.
 */
final class RuleHarness {

    static final RulePack PACK = RulePack.load(Path.of("rules"));

    private final List<Intake> intakes = new ArrayList<>();
    private final List<ReportBuilder> builders = new ArrayList<>();

    /** A report submitted on its deadline (on time), with no rows yet. */
    ReportBuilder report(String unit, String period) {
        Period p = Period.of(period);
        ReportBuilder builder = new ReportBuilder(unit, p, p.half() == 1 ? p.day(6, 15) : p.day(12, 15));
        builders.add(builder);
        return builder;
    }

    void add(Intake intake) {
        intakes.add(intake);
    }

    List<Finding> check(LocalDate asOf) {
        return check(CheckOptions.asOf(asOf));
    }

    List<Finding> check(CheckOptions options) {
        return new Checker(PACK).check(intakes(), options).findings();
    }

    List<Intake> intakes() {
        List<Intake> all = new ArrayList<>(intakes);
        builders.forEach(b -> all.add(b.intake()));
        return all;
    }

    static List<Finding> of(List<Finding> findings, FindingKind kind, String ruleId) {
        return findings.stream().filter(f -> f.kind() == kind && f.ruleId().equals(ruleId)).toList();
    }

    static final class ReportBuilder {
        private final String unit;
        private final Period period;
        private LocalDate submittedOn;
        private String file;
        private final List<ValueRow> values = new ArrayList<>();
        private final List<DeliverableEntry> rows = new ArrayList<>();
        private final List<IntakeProblem> problems = new ArrayList<>();

        private ReportBuilder(String unit, Period period, LocalDate submittedOn) {
            this.unit = unit;
            this.period = period;
            this.submittedOn = submittedOn;
            this.file = unit + "-" + period + ".xlsx";
        }

        ReportBuilder submittedOn(LocalDate day) {
            this.submittedOn = day;
            return this;
        }

        ReportBuilder file(String name) {
            this.file = name;
            return this;
        }

        ReportBuilder value(String indicator, int year, double percent) {
            values.add(new ValueRow(indicator, year, null, null, percent, null,
                    new Source(file, "Chỉ tiêu", "E" + (values.size() + 2))));
            return this;
        }

        ReportBuilder row(String deliverable, Status status, LocalDate completedOn, String documentNo) {
            int r = rows.size() + 2;
            rows.add(new DeliverableEntry(deliverable, status, completedOn, documentNo, null,
                    new Source(file, "Nhiệm vụ", "B" + r), new Source(file, "Nhiệm vụ", "C" + r),
                    new Source(file, "Nhiệm vụ", "D" + r)));
            return this;
        }

        ReportBuilder done(String deliverable, LocalDate completedOn) {
            return row(deliverable, Status.DONE, completedOn, "12/KH-UBND");
        }

        ReportBuilder inProgress(String deliverable) {
            return row(deliverable, Status.IN_PROGRESS, null, null);
        }

        ReportBuilder problem(IntakeProblem problem) {
            problems.add(problem);
            return this;
        }

        Intake intake() {
            ReportData data = new ReportData(file, unit, null, period, submittedOn, null,
                    new Source(file, "Thông tin", "B4"), values, rows);
            return new Intake(file, Optional.of(data), problems);
        }
    }
}
