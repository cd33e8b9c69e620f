package vn.hungyen.xhht.review;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import vn.hungyen.xhht.engine.Target;
import vn.hungyen.xhht.engine.TargetKind;
import vn.hungyen.xhht.message.Language;
import vn.hungyen.xhht.plan.FindingKind;
import vn.hungyen.xhht.report.CountingValue;
import vn.hungyen.xhht.report.StoredReports;
import vn.hungyen.xhht.review.TargetGroup.TargetUnit;
import vn.hungyen.xhht.unit.RuleBook;
import vn.hungyen.xhht.unit.Texts;

/**
 * The targets of section II, unit by unit. Whether a unit misses a target is what the rules found (an
 * UNMET_TARGET or TREND_NOT_MET finding of that target rule, unit and year); the values are those that count
 * (of the reports that count, the one submitted last).
 */
@Service
public class Targets {

    private static final List<FindingKind> MISSES = List.of(FindingKind.UNMET_TARGET, FindingKind.TREND_NOT_MET);

    private final RuleBook rules;
    private final StoredReports reports;
    private final FindingRepository findings;

    Targets(RuleBook rules, StoredReports reports, FindingRepository findings) {
        this.rules = rules;
        this.reports = reports;
        this.findings = findings;
    }

    /** The targets, by indicator, then year, then rule; {@code indicator} and {@code year} filter when given. */
    public List<TargetGroup> targets(String indicator, Integer year, Language language) {
        Texts texts = rules.texts(language);
        Map<String, CountingValue> values = reports.countingValues().stream()
                .collect(Collectors.toMap(v -> key(v.unit(), v.indicator(), v.year()), Function.identity()));
        Map<String, StoredFinding> misses = findings.all(new FindingFilter(null, null, null, MISSES, null, null,
                        null, null, null)).stream()
                .collect(Collectors.toMap(f -> f.finding().ruleId() + "/" + f.finding().unit() + "/"
                        + f.finding().year(), Function.identity(), (a, b) -> a));
        Map<String, List<Target>> groups = rules.obligations().targets().stream()
                .filter(t -> indicator == null || indicator.isBlank() || t.indicator().equals(indicator.strip()))
                .filter(t -> year == null || t.year() == year)
                .sorted(Comparator.comparing(Target::indicator).thenComparing(Target::year)
                        .thenComparing(Target::ruleId))
                .collect(Collectors.groupingBy(t -> t.ruleId() + "/" + t.year(), LinkedHashMap::new,
                        Collectors.toList()));
        List<TargetGroup> result = new ArrayList<>();
        groups.values().forEach(targets -> result.add(group(targets, values, misses, texts)));
        return result;
    }

    private static TargetGroup group(List<Target> targets, Map<String, CountingValue> values,
                                     Map<String, StoredFinding> misses, Texts texts) {
        Target first = targets.get(0);
        List<TargetUnit> met = new ArrayList<>();
        List<TargetUnit> missed = new ArrayList<>();
        List<TargetUnit> noValue = new ArrayList<>();
        List<TargetUnit> unjudged = new ArrayList<>();
        for (Target t : targets) {
            String unitName = texts.names().unit(t.unit());
            StoredFinding miss = misses.get(t.ruleId() + "/" + t.unit() + "/" + t.year());
            CountingValue value = values.get(key(t.unit(), t.indicator(), t.year()));
            Long reportId = value == null ? null : value.report().id();
            if (miss != null) {
                missed.add(new TargetUnit(t.unit(), unitName, miss.finding().actual(), miss.finding().target(),
                        miss.reportId()));
            } else if (value == null) {
                noValue.add(new TargetUnit(t.unit(), unitName, null, null, null));
            } else if (t.kind() == TargetKind.RISES) {
                CountingValue previous = values.get(key(t.unit(), t.indicator(), t.year() - 1));
                (previous == null ? unjudged : met).add(new TargetUnit(t.unit(), unitName, value.percent(),
                        previous == null ? null : previous.percent(), reportId));
            } else {
                met.add(new TargetUnit(t.unit(), unitName, value.percent(), t.threshold(), reportId));
            }
        }
        return new TargetGroup(first.ruleId(), first.indicator(), texts.names().indicator(first.indicator()),
                first.year(), first.kind(), first.kind() == TargetKind.RISES ? null : first.threshold(),
                first.citation(), first.severity(), targets.size(), met, missed, noValue, unjudged);
    }

    private static String key(String unit, String indicator, int year) {
        return unit + "/" + indicator + "/" + year;
    }
}
