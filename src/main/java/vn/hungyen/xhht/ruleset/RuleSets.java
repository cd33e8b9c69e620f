package vn.hungyen.xhht.ruleset;

import java.nio.file.Files;
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
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import vn.hungyen.xhht.engine.Finding;
import vn.hungyen.xhht.engine.RuleError;
import vn.hungyen.xhht.engine.RulePack;
import vn.hungyen.xhht.engine.RulePackException;
import vn.hungyen.xhht.review.Evaluation;
import vn.hungyen.xhht.system.ApiException;
import vn.hungyen.xhht.unit.RuleBook;

/**
 * The rule author's way to the active rule set. A rule set is a stored version ({@link RuleVersions}): the rule
 * folder on disk, a draft edited in the browser, an imported zip. Each is compiled aside and tried on its
 * scenarios ({@link #candidate()}), compared on the stored reports ({@link #preview(long)}), and activated
 * ({@link #activate(long, String, String)}), which only a candidate that compiles and passes every scenario does,
 * and, with {@code xhht.rules.four-eyes} (the default), only once a second rule author approves what another
 * submitted. The active rule set is swapped in the {@link RuleBook}, whose event makes the findings be judged
 * again, and recorded as the row of rule_set_active, so that a restart keeps it.
 */
@Service
public class RuleSets {

    private static final Logger LOG = LoggerFactory.getLogger(RuleSets.class);
    private static final int LOG_LENGTH = 50;

    private final RuleBook rules;
    private final Evaluation evaluation;
    private final ActivationLog log;
    private final RuleVersions versions;
    private final RuleFirings firings;
    private final Clock clock;
    private final boolean fourEyes;
    private final Optional<Path> catalog;
    private final ReentrantLock activating = new ReentrantLock();

    RuleSets(RuleBook rules, Evaluation evaluation, ActivationLog log, RuleVersions versions, RuleFirings firings,
             Clock clock, @Value("${xhht.rules.four-eyes:true}") boolean fourEyes,
             @Value("${xhht.plan-catalog:docs/spec/plan-catalog.md}") Path catalog) {
        this.rules = rules;
        this.evaluation = evaluation;
        this.log = log;
        this.versions = versions;
        this.firings = firings;
        this.clock = clock;
        this.fourEyes = fourEyes;
        this.catalog = Optional.of(catalog);
    }

    public String activeVersion() {
        return rules.version();
    }

    /** The stored rule set in use; empty only when no rule set ever compiled (a new database with a broken folder). */
    public Optional<RuleVersion> active() {
        return versions.activeId().flatMap(versions::find);
    }

    public Path source() {
        return rules.source();
    }

    /** Whether activating needs a second rule author ({@code xhht.rules.four-eyes}). */
    public boolean fourEyes() {
        return fourEyes;
    }

    /** The folder as it is now, compiled aside and tried on its scenarios. Nothing active changes. */
    public Candidate candidate() {
        Compiled compiled = compile(folder());
        compiled.pack().ifPresent(rules::discard);
        return compiled.candidate();
    }

    /** The rule folder on disk is stored as a version (once) and previewed: see {@link #preview(long)}. */
    public Preview preview() {
        RuleFiles files = folder();
        Compiled compiled = compile(files);
        long id = store(files, compiled, RuleVersion.Origin.FOLDER, currentUser(), "the rule folder " + source());
        return preview(id, compiled);
    }

    /**
     * A stored version's candidate, and what it would change in the findings of the stored reports, also when a
     * scenario fails (the author sees both; activation will refuse it). Nothing is stored.
     */
    public Preview preview(long id) {
        return preview(id, compile(versions.files(id)));
    }

    private Preview preview(long id, Compiled compiled) {
        if (compiled.pack().isEmpty()) {
            return new Preview(id, rules.version(), compiled.candidate(), null, 0, List.of(), List.of(), List.of());
        }
        try {
            Evaluation.Judgement now = evaluation.judge(rules.pack());
            Evaluation.Judgement then = evaluation.judge(compiled.pack().get());
            return diff(id, rules.version(), compiled.candidate(), now, then);
        } finally {
            rules.discard(compiled.pack().get());
        }
    }

    static Preview diff(long id, String activeVersion, Candidate candidate, Evaluation.Judgement now,
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
        return new Preview(id, activeVersion, candidate, then.asOf(), then.stored().size(), added, removed, changed);
    }

    /** In the checker's order; a key found twice (never, by its definition) keeps the first. */
    private static Map<String, Finding> byKey(List<Finding> findings) {
        return findings.stream().collect(Collectors.toMap(Finding::key, Function.identity(), (a, b) -> a,
                LinkedHashMap::new));
    }

    /** {@link #activate(Optional, String, String)} by the application itself (the folder watcher, tests). */
    public Attempt activate(Optional<String> expectedVersion, String requestedBy) {
        return activate(expectedVersion, requestedBy, null);
    }

    /**
     * The rule folder on disk, stored as a version, made the active rule set if it compiles and passes its
     * scenarios, and, when {@code expectedVersion} is given (the version a preview showed), only if it is still
     * that version. With four eyes the folder is submitted by {@code user} instead, for a second rule author to
     * approve. Logged whatever the outcome; the findings are judged again when the rules change.
     */
    public Attempt activate(Optional<String> expectedVersion, String requestedBy, String user) {
        activating.lock();
        try {
            RuleFiles files = folder();
            Compiled compiled = compile(files);
            long id = store(files, compiled, RuleVersion.Origin.FOLDER, user, "the rule folder " + source());
            return activate(versions.find(id).orElseThrow(), compiled, expectedVersion, requestedBy, user, true);
        } finally {
            activating.unlock();
        }
    }

    /**
     * A stored version made the active rule set by {@code user}: only a submitted one, submitted by someone else
     * (with four eyes; without, a draft too), that compiles and passes its scenarios. Rollback is this too: a draft
     * opened from an earlier version, submitted, approved.
     */
    public Attempt activate(long id, String requestedBy, String user) {
        activating.lock();
        try {
            RuleVersion version = versions.find(id).orElseThrow(() -> ApiException.notFound("api.error.noRuleSet", id));
            return activate(version, compile(versions.files(id)), Optional.empty(), requestedBy, user, false);
        } finally {
            activating.unlock();
        }
    }

    private Attempt activate(RuleVersion version, Compiled compiled, Optional<String> expectedVersion,
                             String requestedBy, String user, boolean folder) {
        String previous = rules.version();
        Candidate candidate = compiled.candidate();
        Activation.Outcome outcome;
        String detail = "";
        if (!candidate.compiles()) {
            outcome = Activation.Outcome.REFUSED_COMPILE;
            detail = candidate.problems();
        } else if (!candidate.usable()) {
            outcome = Activation.Outcome.REFUSED_SCENARIOS;
            detail = candidate.failedScenarios().stream().map(ScenarioResult::describe)
                    .collect(Collectors.joining("\n"));
        } else if (expectedVersion.filter(v -> !v.equals(candidate.version())).isPresent()) {
            outcome = Activation.Outcome.REFUSED_CHANGED;
            detail = "previewed " + expectedVersion.get() + ", the folder is now " + candidate.version();
        } else if (version.active()) {
            outcome = Activation.Outcome.UNCHANGED;
        } else if (fourEyes && folder && version.status() != RuleVersion.Status.SUBMITTED) {
            versions.submitted(version.id(), user, now());
            outcome = Activation.Outcome.AWAITING_APPROVAL;
            detail = "rule set " + version.id() + " submitted by " + user;
        } else if (fourEyes && version.status() != RuleVersion.Status.SUBMITTED) {
            outcome = Activation.Outcome.REFUSED_NOT_SUBMITTED;
            detail = "rule set " + version.id() + " is " + version.status();
        } else if (fourEyes && (user == null || user.equals(version.submittedBy()))) {
            outcome = Activation.Outcome.REFUSED_SAME_AUTHOR;
            detail = "rule set " + version.id() + " was submitted by " + version.submittedBy();
        } else {
            OffsetDateTime at = now();
            versions.approved(version.id(), user, at);
            versions.makeActive(version.id(), user, at);
            rules.activate(compiled.pack().get());
            outcome = Activation.Outcome.ACTIVATED;
        }
        if (outcome != Activation.Outcome.ACTIVATED) {
            compiled.pack().ifPresent(rules::discard);
        }
        LOG.info("Rule set {} ({}, {}, {}): {}", version.id(), candidate.version(), requestedBy, user, outcome);
        return new Attempt(log.append(now(), requestedBy, outcome, candidate.version(), previous, detail, version.id()),
                candidate);
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

    /**
     * Stores {@code files} as a version with what their compile said, unless a version holds exactly these files
     * already; returns its id.
     */
    long store(RuleFiles files, Compiled compiled, RuleVersion.Origin origin, String by, String reason) {
        return versions.withHash(files.hash()).orElseGet(() -> versions.insert(files, RuleVersion.Status.DRAFT,
                origin, versions.activeId().orElse(null), reason, by, now(), compiled.stored()));
    }

    OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
    }

    private RuleFiles folder() {
        if (!Files.isDirectory(source())) {
            throw new RulePackException("Rule folder not found: " + source().toAbsolutePath());
        }
        return RuleFiles.read(source());
    }

    /** A compile of a rule set's files: its pack when it compiles, and the candidate (errors or scenarios). */
    record Compiled(Optional<RulePack> pack, Candidate candidate) {

        /** Compiles aside, and runs the scenarios if asked; the caller discards the pack unless it activates it. */
        static Compiled of(RuleBook book, RuleFiles files, boolean scenarios) {
            RulePack pack;
            try {
                pack = book.compile(files.files());
            } catch (RulePackException e) {
                return new Compiled(Optional.empty(), new Candidate(null, e.errors(),
                        e.errors().isEmpty() ? e.getMessage() : null, List.of()));
            }
            List<ScenarioResult> results = scenarios ? new ScenarioRunner(pack).runAll() : List.of();
            return new Compiled(Optional.of(pack), new Candidate(pack.version(), List.of(), null, results));
        }

        /** What a stored version keeps of it: a problem that is no compilation error is one without a place. */
        RuleVersions.Compiled stored() {
            List<RuleError> errors = candidate.problem() != null
                    ? List.of(new RuleError(null, 0, 0, candidate.problem())) : candidate.errors();
            return new RuleVersions.Compiled(candidate.version(), errors);
        }
    }

    Compiled compile(RuleFiles files) {
        return Compiled.of(rules, files, true);
    }

    /** Compiles to know the errors, without running scenarios (a save must be quick); nothing is kept. */
    RuleVersions.Compiled compileOnly(RuleFiles files) {
        Compiled compiled = Compiled.of(rules, files, false);
        compiled.pack().ifPresent(rules::discard);
        return compiled.stored();
    }

    void discard(RulePack pack) {
        rules.discard(pack);
    }

    /** The signed-in user whose request this is; null when the application itself acts. */
    static String currentUser() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null || auth instanceof AnonymousAuthenticationToken ? null : auth.getName();
    }
}
