package vn.hungyen.xhht.message;

import java.time.LocalDate;
import java.util.function.Function;
import vn.hungyen.xhht.engine.Finding;
import vn.hungyen.xhht.plan.FindingKind;

/**
 * The sentence a person acts on, for a finding: {@code finding.<KIND>} of the bundle, or for a DATA_ERROR
 * the problem's own text {@code problem.<NAME>} with the arguments the reader gave.
 */
public final class FindingMessages {

    private final Messages messages;
    private final Names names;

    public FindingMessages(Messages messages, Names names) {
        this.messages = messages;
        this.names = names;
    }

    public String message(Finding f) {
        if (f.kind() == FindingKind.DATA_ERROR) {
            return messages.text("problem." + f.problem().name(), f.problemArgs().toArray());
        }
        return messages.text(key(f), arguments(f));
    }

    /** How the report names the code a finding is about, e.g. "LIT_15_60 năm 2015" or "PL03". */
    public String subject(Finding f) {
        String code = f.indicator() != null ? f.indicator() : f.deliverable();
        if (code == null || f.year() == null) {
            return code;
        }
        return messages.text("phrase.yearly", code, String.valueOf(f.year()));
    }

    // A threshold exceeded is a gap's (LIT_GENDER_GAP's upper bound); a negative threshold is a gap's lower
    // bound, since no percentage target is negative.
    private static String key(Finding f) {
        String suffix = f.kind() != FindingKind.UNMET_TARGET ? ""
                : f.actual() > f.target() ? ".atMost"
                : f.target() < 0 ? ".belowGap" : "";
        return "finding." + f.kind().name() + suffix;
    }

    /**
     * Every template takes the same arguments and uses those its kind has:
     * {0} unit, {1} indicator, {2} deliverable, {3} year, {4} actual, {5} target, {6} period,
     * {7} due, {8} date, {9} citation, {10} the first further argument (TREND_NOT_MET: the year compared with).
     * All are text already, so MessageFormat never regroups a year.
     */
    private Object[] arguments(Finding f) {
        return new Object[] {
            names.unit(f.unit()),
            named(f.indicator(), names::indicator, null),
            named(f.deliverable(), names::deliverable, f.year()),
            f.year() == null ? null : String.valueOf(f.year()),
            f.actual() == null ? null : messages.number(f.actual()),
            f.target() == null ? null : messages.number(f.target()),
            f.period() == null ? null : messages.period(f.period()),
            date(f.due()),
            date(f.date()),
            f.citation(),
            f.problemArgs().isEmpty() ? null : f.problemArgs().get(0)
        };
    }

    private String named(String code, Function<String, String> nameOf, Integer year) {
        if (code == null) {
            return null;
        }
        String name = nameOf.apply(code);
        String phrase = name.equals(code) ? code : messages.text("phrase.named", name, code);
        return year == null ? phrase : messages.text("phrase.yearly", phrase, String.valueOf(year));
    }

    private String date(LocalDate date) {
        return date == null ? null : messages.date(date);
    }
}
