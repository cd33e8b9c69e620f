package vn.hungyen.xhht.unit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import vn.hungyen.xhht.engine.PlanObligations;
import vn.hungyen.xhht.engine.RulePack;
import vn.hungyen.xhht.intake.WorkbookReader;
import vn.hungyen.xhht.message.Language;
import vn.hungyen.xhht.plan.Unit;
import vn.hungyen.xhht.plan.UnitRegister;
import vn.hungyen.xhht.system.XhhtProperties;

/**
 * The rule pack the application judges with: a rule set's files compiled with the register of the database,
 * which {@code units.csv} of the rule folder ({@code xhht.rules-dir}) only seeds (units it lacks are added at
 * startup, edited ones are left alone). Which rule set it starts with is {@link StartingRules}' choice (the
 * active version of the database). Every pack is compiled from a snapshot of its files ({@link RuleSnapshots}),
 * so that what is active is what was compiled, whatever an author edits meanwhile; a new pack replaces the
 * active one in one volatile write, and requests in flight finish on the one they took. Compiled again from the
 * active snapshot whenever the register changes; every change publishes {@link RulesChanged}.
 */
@Component
public class RuleBook implements InitializingBean, DisposableBean {

    private static final Logger LOG = LoggerFactory.getLogger(RuleBook.class);
    private static final String UNITS_CSV = "units.csv";

    private final UnitRepository units;
    private final Path dir;
    private final ApplicationEventPublisher events;
    private final StartingRules starting;
    private final RuleSnapshots snapshots = new RuleSnapshots();
    /** One compile at a time: each is CPU-bound on every core, and previews and activations come at once. */
    private final ReentrantLock compiling = new ReentrantLock(true);
    private volatile Loaded loaded;

    private record Loaded(RulePack pack, WorkbookReader reader, Map<Language, Texts> texts) {
    }

    RuleBook(UnitRepository units, XhhtProperties properties, ApplicationEventPublisher events,
             StartingRules starting) {
        this.units = units;
        this.dir = properties.rulesDir();
        this.events = events;
        this.starting = starting;
    }

    @Override
    public void afterPropertiesSet() {
        seedRegister();
        loaded = load(starting.first(this));
        LOG.info("Rules {} in use, with {} units", version(), register().all().size());
    }

    @Override
    public void destroy() {
        snapshots.deleteAll();
    }

    private void seedRegister() {
        Path csv = dir.resolve(UNITS_CSV);
        if (!Files.isRegularFile(csv)) {
            LOG.info("No {} to seed the unit register from; the register has {} units", csv, units.findAll().size());
            return;
        }
        int added = 0;
        for (Unit unit : UnitRegister.load(csv).all()) {
            added += units.insertIfAbsent(unit) ? 1 : 0;
        }
        LOG.info("Unit register: {} units, {} added from {}", units.findAll().size(), added, csv);
    }

    private static Loaded load(RulePack pack) {
        Map<Language, Texts> texts = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            texts.put(language, Texts.of(pack.dir(), pack.units(), language));
        }
        return new Loaded(pack, new WorkbookReader(pack.codes()), texts);
    }

    /**
     * A rule set's files (path relative to the rule folder, content), compiled aside with the register of the
     * database; nothing changes.
     */
    public RulePack compile(Map<String, byte[]> files) {
        compiling.lock();
        try {
            return snapshots.compile(files, copy -> RulePack.load(copy, new UnitRegister(units.findAll())));
        } finally {
            compiling.unlock();
        }
    }

    /** Forgets a pack from {@link #compile} that was not activated (refused, or replaced by another candidate). */
    public void discard(RulePack pack) {
        Loaded active = loaded; // null while the rule book starts
        if (active == null || pack != active.pack()) {
            snapshots.delete(pack.dir());
        }
    }

    /** The rule folder on the server's disk: it seeds an empty database, and a change of it is offered as a draft. */
    public Path source() {
        return dir;
    }

    /** Makes {@code pack} (from {@link #compile}) the one judged with, and says so to the listeners. */
    public synchronized void activate(RulePack pack) {
        loaded = load(pack);
        LOG.info("Rules {} active, with {} units", pack.version(), pack.units().all().size());
        events.publishEvent(new RulesChanged(pack.version()));
    }

    /**
     * Compiles the active rules again with the register of the database (after a unit was added or edited),
     * and says so to the listeners. Edits to the folder that were not activated stay out.
     */
    public synchronized void reload() {
        activate(RulePack.load(pack().dir(), new UnitRegister(units.findAll())));
    }

    public RulePack pack() {
        return loaded.pack();
    }

    public String version() {
        return pack().version();
    }

    public UnitRegister register() {
        return pack().units();
    }

    public PlanObligations obligations() {
        return pack().obligations();
    }

    /** A reader that knows the codes of these rules and this register. */
    public WorkbookReader reader() {
        return loaded.reader();
    }

    public Texts texts(Language language) {
        return loaded.texts().get(language);
    }
}
