package vn.hungyen.xhht.ruleset;

import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import vn.hungyen.xhht.engine.Finding;
import vn.hungyen.xhht.engine.RulePack;
import vn.hungyen.xhht.engine.RulePackException;
import vn.hungyen.xhht.review.Evaluation;
import vn.hungyen.xhht.unit.RuleBook;

/**
 * The rule author's way from the rule folder to the active rule set: compile the folder aside and try its
 * scenarios ({@link #candidate()}), see what it would change on the stored reports ({@link #preview()}), then
 * activate it ({@link #activate}), which only a candidate that compiles and passes every scenario does. The
 * active rule set is swapped in the {@link RuleBook}, whose event makes the findings be judged again.
 */
@Service
public class RuleSets {

    private static final Logger LOG = LoggerFactory.getLogger(RuleSets.class);
    private static final int LOG_LENGTH = 50;

    private final RuleBook rules;
    private final Evaluation evaluation;
    private final ActivationLog log;
    private final RuleFirings firings;
    private final Clock clock;
    private final Optional<Path> catalog;
    private final ReentrantLock activating = new ReentrantLock();

    RuleSets(RuleBook rules, Evaluation evaluation, ActivationLog log, RuleFirings firings, Clock clock,
             @Value("${xhht.plan-catalog:docs/spec/plan-catalog.md}") Path catalog) {
        this.rules = rules;
        this.evaluation = evaluation;
        this.log = log;
        this.firings = firings;
        this.clock = clock;
        this.catalog = Optional.of(catalog);
    }

    public String activeVersion() {
        return rules.version();
    }

    public Path source() {
        return rules.source();
    }

    /** The folder as it is now, compiled aside and tried on its scenarios. Nothing active changes. */
    public Candidate candidate() {
        Compiled compiled = compile();
        compiled.pack().ifPresent(rules::discard);
        return compiled.candidate();
    }

    /**
     * The candidate, and what it would change in the findings of the stored reports, also when a scenario
     * fails (the author sees both; activation will refuse it). Nothing is stored.
     */
    public Preview preview() {
        Compiled compiled = compile();
        if (compiled.pack().isEmpty()) {
            return new Preview(rules.version(), compiled.candidate(), null, 0, List.of(), List.of(), List.of());
        }
        try {
            Evaluation.Judgement now = evaluation.judge(rules.pack());
            Evaluation.Judgement then = evaluation.judge(compiled.pack().get());
            return diff(rules.version(), compiled.candidate(), now, then);
        } finally {
            rules.discard(compiled.pack().get());
        }
    }

    static Preview diff(String activeVersion, Candidate candidate, Evaluation.Judgement now,
                        Evaluation.Judgement then) {
        Map<String, Finding> before = byKey(now.result().findings());
        Map<String, Finding> after = byKey(then.result().findings());
        List<Change> added = new ArrayList<>();
        List<Change> removed = new ArrayList<>();
        List<Change> changed = new ArrayList<>();
        after.forEach((key, f) -> {
            Finding old = before.get(key);
            if (old == null) {
                added.add(new Change(key, null, f));
            } else if (old.severity() != f.severity()) {
                changed.add(new Change(key, old, f));
            }
        });
        before.forEach((key, f) -> {
            if (!after.containsKey(key)) {
                removed.add(new Change(key, f, null));
            }
        });
        return new Preview(activeVersion, candidate, then.asOf(), then.stored().size(), added, removed, changed);
    }

    /** In the checker's order; a key found twice (never, by its definition) keeps the first. */
    private static Map<String, Finding> byKey(List<Finding> findings) {
        return findings.stream().collect(Collectors.toMap(Finding::key, Function.identity(), (a, b) -> a,
                LinkedHashMap::new));
    }

    /**
     * Makes the folder the active rule set if it compiles and passes its scenarios, and, when
     * {@code expectedVersion} is given (the version a preview showed), only if it is still that version.
     * Logged whatever the outcome; the findings are judged again when the rules change.
     */
    public Attempt activate(Optional<String> expectedVersion, String requestedBy) {
        activating.lock();
        try {
            String previous = rules.version();
            Compiled compiled = compile();
            Candidate candidate = compiled.candidate();
            Activation.Outcome outcome;
            String detail;
            if (!candidate.compiles()) {
                outcome = Activation.Outcome.REFUSED_COMPILE;
                detail = candidate.problem() != null ? candidate.problem() : candidate.errors().stream()
                        .map(Object::toString).collect(Collectors.joining("\n"));
            } else if (!candidate.usable()) {
                outcome = Activation.Outcome.REFUSED_SCENARIOS;
                detail = candidate.failedScenarios().stream().map(ScenarioResult::describe)
                        .collect(Collectors.joining("\n"));
            } else if (expectedVersion.filter(v -> !v.equals(candidate.version())).isPresent()) {
                outcome = Activation.Outcome.REFUSED_CHANGED;
                detail = "previewed " + expectedVersion.get() + ", the folder is now " + candidate.version();
            } else if (candidate.version().equals(previous)) {
                outcome = Activation.Outcome.UNCHANGED;
                detail = "";
            } else {
                rules.activate(compiled.pack().get());
                outcome = Activation.Outcome.ACTIVATED;
                detail = "";
            }
            if (outcome != Activation.Outcome.ACTIVATED) {
                compiled.pack().ifPresent(rules::discard);
            }
            LOG.info("Rule set {} ({}): {}", candidate.version(), requestedBy, outcome);
            return new Attempt(log.append(OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC)
                    .truncatedTo(ChronoUnit.MILLIS), requestedBy, outcome, candidate.version(), previous, detail),
                    candidate);
        } finally {
            activating.unlock();
        }
    }

    public List<Activation> history() {
        return log.recent(LOG_LENGTH);
    }

    /** Every rule of the active rule set, with how often the stored findings name it. */
    public RuleCatalog catalog() {
        return RuleCatalog.of(rules.pack(), firings.counts());
    }

    /** Coverage and lint of the active rule set. */
    public RuleReport report() {
        return RuleReport.of(rules.pack(), catalog);
    }

    private record Compiled(Optional<RulePack> pack, Candidate candidate) {
    }

    private Compiled compile() {
        RulePack pack;
        try {
            pack = rules.compile();
        } catch (RulePackException e) {
            return new Compiled(Optional.empty(), new Candidate(null, e.errors(),
                    e.errors().isEmpty() ? e.getMessage() : null, List.of()));
        }
        List<ScenarioResult> results = new ScenarioRunner(pack).runAll();
        return new Compiled(Optional.of(pack), new Candidate(pack.version(), List.of(), null, results));
    }
}
