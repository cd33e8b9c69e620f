package vn.hungyen.xhht.samples;

import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import vn.hungyen.xhht.plan.Status;

/**
 * What a planted breach does to a clean report: the files that are written instead of it. Most change the
 * report itself ({@link #change}); some write none, or more than one.
 */
@FunctionalInterface
interface Edit {

    List<Output> apply(Draft clean, ValueSeries series);

    static Edit change(UnaryOperator<Draft> change) {
        return (clean, series) -> List.of(new Output.Workbook(change.apply(clean)));
    }

    static Edit value(String indicator, int year, double value) {
        return change(d -> d.withValue(indicator, year, v -> v.withValue(value)));
    }

    /** Numerator and denominator (and, if not null, the value) instead of what the row gave. */
    static Edit counts(String indicator, int year, long numerator, long denominator, Double value) {
        return change(d -> d.withValue(indicator, year, v -> v.withCounts(numerator, denominator, value)));
    }

    static Edit typed(String indicator, int year, String text) {
        return change(d -> d.withValue(indicator, year, v -> v.withTyped(text)));
    }

    /**
     * Last year's value plus {@code change}: 0 is no rise (a "rises every year" target counts equal as not
     * risen), a negative change a fall.
     */
    static Edit lastYearPlus(String indicator, int year, double change) {
        return (clean, series) -> value(indicator, year,
                ValueSeries.round(series.value(clean.unit().code(), indicator, year - 1) + change, 2,
                        RoundingMode.HALF_UP))
                .apply(clean, series);
    }

    /** Counts only, one fewer in the numerator than the row had (one commune short of universal education). */
    static Edit oneFewer(String indicator, int year) {
        return change(d -> d.withValue(indicator, year,
                v -> v.withCounts(v.numerator() - 1, v.denominator(), null)));
    }

    static Edit withoutValue(String indicator, int year) {
        return change(d -> d.withoutValue(indicator, year));
    }

    static Edit extraValue(String code, int year, double value, String note) {
        return change(d -> d.plusValue(ValueLine.of(code, year, value, note)));
    }

    /** A row the report does not owe, such as a duty of last year reported done since. */
    static Edit extraDuty(String deliverable, Status status, LocalDate completedOn, String documentNo, String note) {
        return change(d -> d.plusDuty(new DutyLine(deliverable, status, completedOn, documentNo, note)));
    }

    static Edit withoutDuty(String deliverable) {
        return change(d -> d.withoutDuty(deliverable));
    }

    static Edit duty(String deliverable, Status status, LocalDate completedOn, String documentNo, String note) {
        return change(d -> d.withDuty(deliverable, x -> new DutyLine(deliverable, status, completedOn, documentNo,
                note)));
    }

    /** Keeps the row, drops its document number. */
    static Edit noDocument(String deliverable) {
        return change(d -> d.withDuty(deliverable, DutyLine::withoutDocument));
    }

    static Edit submittedOn(LocalDate day) {
        return change(d -> d.withSubmittedOn(day));
    }

    /** The report was never sent. */
    static Edit omitted() {
        return (clean, series) -> List.of();
    }

    /** The report, and beside it a file of another kind saved with a workbook's name. */
    static Edit besideIt(String fileSuffix, String content) {
        return (clean, series) -> List.of(new Output.Workbook(clean),
                new Output.Text(clean.path().replace(".xlsx", fileSuffix + ".xlsx"), content));
    }

    /**
     * Sent with a breach on {@code first}, then sent again, corrected, on {@code second} under a name ending
     * with {@code suffix}: the later one counts, so the breach is not a finding.
     */
    static Edit corrected(Edit breach, LocalDate first, String suffix, LocalDate second) {
        return (clean, series) -> {
            List<Output> sent = breach.apply(clean.withSubmittedOn(first), series);
            Draft correction = clean.withSubmittedOn(second)
                    .withFile(clean.file().replace(".xlsx", suffix + ".xlsx"));
            return Stream.concat(sent.stream(), Stream.of(new Output.Workbook(correction))).toList();
        };
    }
}
