package vn.hungyen.xhht.unit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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
 * The rule pack the application judges with: the rule folder ({@code xhht.rules-dir}) compiled with the
 * register of the database, which {@code units.csv} of that folder only seeds (units it lacks are added at
 * startup, edited ones are left alone). Loaded again whenever the register changes; every reload publishes
 * {@link RulesChanged}.
 */
@Component
public class RuleBook implements InitializingBean {

    private static final Logger LOG = LoggerFactory.getLogger(RuleBook.class);
    private static final String UNITS_CSV = "units.csv";

    private final UnitRepository units;
    private final Path dir;
    private final ApplicationEventPublisher events;
    private volatile Loaded loaded;

    private record Loaded(RulePack pack, WorkbookReader reader, Map<Language, Texts> texts) {
    }

    RuleBook(UnitRepository units, XhhtProperties properties, ApplicationEventPublisher events) {
        this.units = units;
        this.dir = properties.rulesDir();
        this.events = events;
    }

    @Override
    public void afterPropertiesSet() {
        seedRegister();
        loaded = load();
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

    private Loaded load() {
        UnitRegister register = new UnitRegister(units.findAll());
        RulePack pack = RulePack.load(dir, register);
        Map<Language, Texts> texts = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            texts.put(language, Texts.of(dir, register, language));
        }
        LOG.info("Rules {} loaded from {} with {} units", pack.version(), dir.toAbsolutePath(), register.all().size());
        return new Loaded(pack, new WorkbookReader(pack.codes()), texts);
    }

    /** Compiles the rule folder again with the register of the database, and says so to the listeners. */
    public synchronized void reload() {
        loaded = load();
        events.publishEvent(new RulesChanged(loaded.pack().version()));
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
