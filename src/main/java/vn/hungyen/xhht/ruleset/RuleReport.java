package vn.hungyen.xhht.ruleset;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import vn.hungyen.xhht.engine.Duty;
import vn.hungyen.xhht.engine.RulePack;
import vn.hungyen.xhht.engine.Target;
import vn.hungyen.xhht.engine.TargetKind;
import vn.hungyen.xhht.plan.Unit;

/**
 * Coverage and lint of a rule pack: catalog items with no rule, rule files and rules with no scenario, rules
 * that can never fire or that repeat another, and the plan's own inconsistencies (the catalog's readings) with
 * the rules that encode them. Our own analysis of what the rules give the register (their Targets and
 * Duties) and of their text; every item is a message key and its arguments, so it reads in both languages.
 *
 * @param catalogFound whether the plan catalog was there to compare with (then the gaps and readings are known)
 */
public record RuleReport(boolean catalogFound, List<Item> catalogGaps, List<String> filesWithoutScenario,
                         List<String> rulesWithoutScenario, List<Item> neverFire, List<Item> duplicates,
                         List<KnownIssue> knownIssues) {

    /** The first year and the last day a report of the plan covers (2013-H2..2020-H2). */
    private static final int FIRST_YEAR = 2013;
    private static final LocalDate LAST_DAY = LocalDate.of(2020, 12, 31);
    private static final Pattern READING = Pattern.compile("reading (\\d+)");

    /** A finding of the report: what ({@code key}, a message of the bundles, with {@code args}) and where. */
    public record Item(String subject, String file, int line, String key, List<String> args) {
    }

    /** A reading of the plan catalog that the rules encode as written, and the rules that mention it. */
    public record KnownIssue(int reading, String text, List<String> rules) {
    }

    public static RuleReport of(RulePack pack, Optional<Path> catalogFile) {
        List<RuleSource> rules = RuleSource.read(pack.dir());
        Optional<PlanCatalog> catalog = catalogFile.filter(Files::isRegularFile).map(PlanCatalog::read);
        Set<String> scenarioFiles = new HashSet<>();
        Set<String> tested = new HashSet<>();
        for (Path file : ScenarioFiles.list(pack.dir())) {
            String name = pack.dir().relativize(file).toString().replace('\\', '/');
            scenarioFiles.add(name);
            try {
                for (Scenario s : ScenarioFiles.read(file, name)) { // a mistaken scenario expects nothing
                    s.expected().stream().map(e -> e.fields().get("rule")).forEach(tested::add);
                    tested.addAll(s.covers());
                }
            } catch (ScenarioException e) {
                // a file that cannot be read tests nothing; the scenario run reports why
            }
        }
        List<String> files = rules.stream().map(RuleSource::file).distinct()
                .filter(f -> !scenarioFiles.contains(ScenarioFiles.FOLDER + "/" + f.replaceFirst("\\.drl$", ".yaml")))
                .toList();
        List<String> untested = rules.stream().map(RuleSource::id).filter(id -> !tested.contains(id)).toList();
        return new RuleReport(catalog.isPresent(), catalog.map(c -> gaps(pack, c)).orElse(List.of()), files,
                untested, neverFire(pack, rules), duplicates(pack, rules),
                catalog.map(c -> knownIssues(c, rules)).orElse(List.of()));
    }

    private static List<Item> gaps(RulePack pack, PlanCatalog catalog) {
        List<Item> gaps = new ArrayList<>();
        Set<String> owing = pack.obligations().duties().stream().map(Duty::unit).collect(Collectors.toSet());
        Set<String> registered = pack.units().all().stream().map(Unit::code).collect(Collectors.toSet());
        new TreeSet<>(catalog.units()).stream().filter(u -> !registered.contains(u))
                .forEach(u -> gaps.add(new Item(u, null, 0, "rules.gap.unitNotRegistered", List.of(u))));
        new TreeSet<>(catalog.units()).stream().filter(u -> registered.contains(u) && !owing.contains(u))
                .forEach(u -> gaps.add(new Item(u, null, 0, "rules.gap.unitOwesNothing", List.of(u))));
        Set<String> indicators = pack.obligations().indicators();
        new TreeSet<>(catalog.indicators()).stream().filter(c -> !indicators.contains(c))
                .forEach(c -> gaps.add(new Item(c, null, 0, "rules.gap.indicator", List.of(c))));
        Set<String> deliverables = pack.obligations().deliverables();
        new TreeSet<>(catalog.deliverables()).stream().filter(c -> !deliverables.contains(c))
                .forEach(c -> gaps.add(new Item(c, null, 0, "rules.gap.deliverable", List.of(c))));
        indicators.stream().filter(c -> !catalog.indicators().contains(c))
                .forEach(c -> gaps.add(new Item(c, null, 0, "rules.gap.notInCatalog", List.of(c))));
        deliverables.stream().filter(c -> !catalog.deliverables().contains(c))
                .forEach(c -> gaps.add(new Item(c, null, 0, "rules.gap.notInCatalog", List.of(c))));
        return gaps;
    }

    /** Target and duty rules that bind nobody, or whose breach no report of the plan's periods can show. */
    private static List<Item> neverFire(RulePack pack, List<RuleSource> rules) {
        Map<String, List<Target>> targets = pack.obligations().targets().stream()
                .collect(Collectors.groupingBy(Target::ruleId));
        Map<String, List<Duty>> duties = pack.obligations().duties().stream()
                .collect(Collectors.groupingBy(Duty::ruleId));
        List<Item> items = new ArrayList<>();
        for (RuleSource rule : rules) {
            RuleKind kind = RuleKind.ofFile(rule.file());
            List<Target> ts = targets.getOrDefault(rule.id(), List.of());
            List<Duty> ds = duties.getOrDefault(rule.id(), List.of());
            if ((kind == RuleKind.TARGET || kind == RuleKind.DUTY) && ts.isEmpty() && ds.isEmpty()) {
                items.add(item(rule, "rules.never.noOwner"));
            }
            ts.stream().filter(t -> t.year() < FIRST_YEAR || t.year() > LAST_DAY.getYear()).map(Target::year)
                    .distinct().forEach(y -> items.add(item(rule, "rules.never.yearOutsidePlan", y)));
            ts.stream().filter(t -> t.kind() == TargetKind.AT_LEAST && t.threshold() <= 0
                            || t.kind() == TargetKind.AT_MOST && t.threshold() >= 100)
                    .map(Target::threshold).distinct()
                    .forEach(x -> items.add(item(rule, "rules.never.alwaysMet", x)));
            ds.stream().filter(d -> d.due() != null && d.due().isAfter(LAST_DAY)).map(Duty::due).distinct()
                    .forEach(d -> items.add(item(rule, "rules.never.dueAfterPlan", d)));
        }
        return items;
    }

    /** Two rules that give the same unit the same target or duty, or that say the same thing word for word. */
    private static List<Item> duplicates(RulePack pack, List<RuleSource> rules) {
        Map<String, RuleSource> byId = rules.stream()
                .collect(Collectors.toMap(RuleSource::id, r -> r, (a, b) -> a, LinkedHashMap::new));
        Set<List<String>> pairs = new TreeSet<>(Comparator.comparing((List<String> p) -> p.get(0))
                .thenComparing(p -> p.get(1)).thenComparing(p -> p.get(2)));
        Map<List<Object>, List<Target>> seenTargets = new LinkedHashMap<>();
        for (Target t : pack.obligations().targets()) {
            List<Target> same = seenTargets.computeIfAbsent(List.of(t.unit(), t.indicator(), t.year(), t.kind()),
                    k -> new ArrayList<>());
            same.stream().filter(other -> !other.ruleId().equals(t.ruleId())).forEach(other -> pairs.add(
                    pair(byId, other.ruleId(), t.ruleId(), other.threshold() == t.threshold()
                            || t.kind() == TargetKind.RISES ? "rules.duplicate.sameTarget"
                            : "rules.duplicate.overlappingTarget")));
            same.add(t);
        }
        Map<List<Object>, List<Duty>> seenDuties = new LinkedHashMap<>();
        for (Duty d : pack.obligations().duties()) {
            List<Duty> same = seenDuties.computeIfAbsent(List.of(d.unit(), d.deliverable(),
                    d.year() == null ? "" : d.year()), k -> new ArrayList<>());
            same.stream().filter(other -> !other.ruleId().equals(d.ruleId())).forEach(other -> pairs.add(
                    pair(byId, other.ruleId(), d.ruleId(), Objects.equals(other.due(), d.due())
                            ? "rules.duplicate.sameDuty" : "rules.duplicate.overlappingDuty")));
            same.add(d);
        }
        Map<String, RuleSource> bodies = new LinkedHashMap<>();
        for (RuleSource rule : rules) {
            RuleSource other = bodies.putIfAbsent(rule.body(), rule);
            if (other != null) {
                pairs.add(pair(byId, other.id(), rule.id(), "rules.duplicate.sameText"));
            }
        }
        return pairs.stream().map(p -> {
            RuleSource later = byId.get(p.get(0));
            return new Item(p.get(0), later.file(), later.line(), p.get(2), List.of(p.get(0), p.get(1)));
        }).toList();
    }

    /** The later rule (by file and line) first: it is the one that repeats the other. */
    private static List<String> pair(Map<String, RuleSource> byId, String a, String b, String key) {
        Comparator<String> written = Comparator.comparing((String id) -> byId.get(id).file())
                .thenComparingInt(id -> byId.get(id).line());
        return written.compare(a, b) > 0 ? List.of(a, b, key) : List.of(b, a, key);
    }

    private static List<KnownIssue> knownIssues(PlanCatalog catalog, List<RuleSource> rules) {
        Map<Integer, Set<String>> mentions = new LinkedHashMap<>();
        for (RuleSource rule : rules) {
            Matcher m = READING.matcher(rule.text());
            while (m.find()) {
                mentions.computeIfAbsent(Integer.parseInt(m.group(1)), n -> new TreeSet<>()).add(rule.id());
            }
        }
        return catalog.readings().stream().map(r -> new KnownIssue(r.number(), r.text(),
                List.copyOf(mentions.getOrDefault(r.number(), Set.of())))).toList();
    }

    private static Item item(RuleSource rule, String key, Object... args) {
        return new Item(rule.id(), rule.file(), rule.line(), key,
                Arrays.stream(args).map(String::valueOf).toList());
    }
}
