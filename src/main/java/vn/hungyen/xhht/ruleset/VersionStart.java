package vn.hungyen.xhht.ruleset;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.hungyen.xhht.engine.RulePack;
import vn.hungyen.xhht.system.XhhtProperties;
import vn.hungyen.xhht.unit.RuleBook;
import vn.hungyen.xhht.unit.StartingRules;

/**
 * At startup the application judges with the active version of the database, whatever the rule folder on disk
 * says. An empty database stores the folder as version 1 and activates it (logged, by START) if it compiles. A
 * folder that differs from every stored version is stored as a draft to preview, never put in use by itself. A
 * rule set that does not compile is kept as a draft with its errors and the application starts anyway: with the
 * active version, or, when none ever compiled, with no rules at all until a rule author activates some.
 */
@Component
class VersionStart implements StartingRules {

    private static final Logger LOG = LoggerFactory.getLogger(VersionStart.class);
    static final String START = "START";

    private final RuleVersions versions;
    private final ActivationLog log;
    private final Path dir;
    private final Clock clock;

    VersionStart(RuleVersions versions, ActivationLog log, XhhtProperties properties, Clock clock) {
        this.versions = versions;
        this.log = log;
        this.dir = properties.rulesDir();
        this.clock = clock;
    }

    @Override
    public RulePack first(RuleBook book) {
        Optional<RuleFiles> folder = Files.isDirectory(dir) ? Optional.of(RuleFiles.read(dir)) : Optional.empty();
        if (versions.count() == 0 && folder.isPresent()) {
            return seed(book, folder.get());
        }
        Optional<RulePack> active = versions.activeId().flatMap(id -> compiled(book, versions.files(id), id));
        folder.filter(files -> versions.withHash(files.hash()).isEmpty()).ifPresent(files -> {
            RuleSets.Compiled draft = compile(book, files);
            draft.pack().ifPresent(book::discard);
            long id = versions.insert(files, RuleVersion.Status.DRAFT, RuleVersion.Origin.FOLDER,
                    versions.activeId().orElse(null), "the rule folder " + dir + " differs from every stored rule set",
                    null, now(), draft.stored());
            LOG.warn("The rule folder {} differs from the rules in use: stored as draft rule set {} ({}), to preview "
                    + "and activate on /rules", dir.toAbsolutePath(), id,
                    draft.pack().isPresent() ? "it compiles" : "it does not compile");
        });
        return active.orElseGet(() -> none(book));
    }

    private RulePack seed(RuleBook book, RuleFiles files) {
        RuleSets.Compiled first = compile(book, files);
        boolean usable = first.pack().isPresent();
        long id = versions.insert(files, usable ? RuleVersion.Status.ACTIVATED : RuleVersion.Status.DRAFT,
                RuleVersion.Origin.SEED, null, "the rule folder " + dir + " of a new database", null, now(),
                first.stored());
        OffsetDateTime at = now();
        if (usable) {
            versions.approved(id, null, at);
            versions.makeActive(id, null, at);
        }
        log.append(at, START, usable ? Activation.Outcome.ACTIVATED : Activation.Outcome.REFUSED_COMPILE,
                first.stored().rulesVersion(), "", usable ? "" : first.candidate().problems(), id);
        LOG.info("New database: the rule folder {} stored as rule set {}{}", dir.toAbsolutePath(), id,
                usable ? " and activated" : ", which does not compile: no rules in use until one is activated");
        return first.pack().orElseGet(() -> none(book));
    }

    private Optional<RulePack> compiled(RuleBook book, RuleFiles files, long id) {
        RuleSets.Compiled active = compile(book, files);
        if (active.pack().isEmpty()) {
            LOG.error("The active rule set {} does not compile: {}", id, active.candidate().problems());
        }
        return active.pack();
    }

    /** No rules: nothing is found until a rule author activates a rule set. */
    private static RulePack none(RuleBook book) {
        SortedMap<String, byte[]> files = new TreeMap<>();
        files.put("none.drl", "package vn.hungyen.xhht.none\n".getBytes(StandardCharsets.UTF_8));
        return book.compile(files);
    }

    private static RuleSets.Compiled compile(RuleBook book, RuleFiles files) {
        return RuleSets.Compiled.of(book, files, false);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
    }
}
