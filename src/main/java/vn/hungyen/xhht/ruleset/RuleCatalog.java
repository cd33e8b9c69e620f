package vn.hungyen.xhht.ruleset;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.hungyen.xhht.engine.Duty;
import vn.hungyen.xhht.engine.RulePack;
import vn.hungyen.xhht.engine.Target;
import vn.hungyen.xhht.engine.TargetKind;

/**
 * Every rule of a rule pack with what a rule author and an auditor want to know about it: its clause and the
 * plan's words for it, its severity, whom it binds and for what, its DRL, and how often it was found broken.
 */
public record RuleCatalog(List<CatalogEntry> entries) {

    /**
     * @param fired findings stored per rule id (only the rules that name findings: targets, duties, reporting
     *              and data errors)
     */
    public static RuleCatalog of(RulePack pack, Map<String, Long> fired) {
        PlanText text = PlanText.load(pack.dir());
        Map<String, List<Target>> targets = pack.obligations().targets().stream()
                .collect(Collectors.groupingBy(Target::ruleId));
        Map<String, List<Duty>> duties = pack.obligations().duties().stream()
                .collect(Collectors.groupingBy(Duty::ruleId));
        List<CatalogEntry> entries = new ArrayList<>();
        for (RuleSource rule : RuleSource.read(pack.dir())) {
            RuleKind kind = RuleKind.ofFile(rule.file());
            List<Target> ts = targets.getOrDefault(rule.id(), List.of());
            List<Duty> ds = duties.getOrDefault(rule.id(), List.of());
            List<String> owners = sorted(ts, Target::unit, ds, Duty::unit);
            List<String> codes = sorted(ts, Target::indicator, ds, Duty::deliverable);
            List<String> terms = ts.isEmpty() ? dutyTerms(ds) : targetTerms(ts);
            boolean namesFindings = kind != RuleKind.CHECK && kind != RuleKind.PLAN
                    || rule.id().startsWith("DATA_ERROR.");
            entries.add(new CatalogEntry(rule.id(), rule.file(), rule.line(), kind, rule.citation(), rule.severity(),
                    owners, codes, terms, text.quotes(rule.citation()), rule.text(),
                    namesFindings ? fired.getOrDefault(rule.id(), 0L) : null));
        }
        return new RuleCatalog(List.copyOf(entries));
    }

    private static List<String> sorted(List<Target> ts, Function<Target, String> t, List<Duty> ds,
                                       Function<Duty, String> d) {
        Set<String> out = new TreeSet<>();
        ts.stream().map(t).forEach(out::add);
        ds.stream().map(d).forEach(out::add);
        return List.copyOf(out);
    }

    private static List<String> targetTerms(List<Target> ts) {
        DecimalFormat number = new DecimalFormat("0.##", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return ts.stream().map(t -> t.kind() == TargetKind.RISES ? "↑ (" + t.year() + ")"
                : t.kind().sign() + " " + number.format(t.threshold()) + " (" + t.year() + ")")
                .distinct().sorted().toList();
    }

    private static List<String> dutyTerms(List<Duty> ds) {
        return ds.stream().map(d -> d.due() != null ? d.due().toString() : d.year() != null ? d.year().toString() : "—")
                .distinct().sorted().toList();
    }

    /**
     * The rules whose clause begins with {@code clause} (II.1 finds II.1.a and II.1.c), that bind {@code unit},
     * and whose id or codes contain {@code code}; blank criteria match everything. Case is ignored.
     */
    public List<CatalogEntry> search(String clause, String unit, String code) {
        return entries.stream()
                .filter(e -> blank(clause) || e.quotes().stream().anyMatch(q -> startsWith(q.clause(), clause)))
                .filter(e -> blank(unit) || e.owners().stream().anyMatch(o -> o.equalsIgnoreCase(unit.strip())))
                .filter(e -> blank(code) || contains(e.id(), code) || e.codes().stream().anyMatch(c -> contains(c, code)))
                .toList();
    }

    public Optional<CatalogEntry> find(String id) {
        return entries.stream().filter(e -> e.id().equals(id)).findFirst();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static boolean startsWith(String clause, String prefix) {
        String c = clause.toLowerCase(Locale.ROOT);
        String p = prefix.strip().toLowerCase(Locale.ROOT);
        return c.equals(p) || c.startsWith(p.endsWith(".") ? p : p + ".") || c.startsWith(p + " ");
    }

    private static boolean contains(String s, String part) {
        return s.toLowerCase(Locale.ROOT).contains(part.strip().toLowerCase(Locale.ROOT));
    }
}
