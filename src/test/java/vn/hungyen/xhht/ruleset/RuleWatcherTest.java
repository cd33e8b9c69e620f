package vn.hungyen.xhht.ruleset;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import vn.hungyen.xhht.testing.AppTest;
import vn.hungyen.xhht.testing.RuleFolder;
import vn.hungyen.xhht.unit.RuleBook;

/** With xhht.rules-watch=true, a saved rule file is activated, and a broken one refused, without a request. */
@AppTest
@TestPropertySource(properties = {"xhht.rules-watch=true", "xhht.rules-watch-quiet=300ms"})
class RuleWatcherTest {

    private static final RuleFolder FOLDER = RuleFolder.copy();
    private static final String BASELINE = FOLDER.original();

    @Autowired
    RuleBook rules;
    @Autowired
    RuleSets ruleSets;

    @DynamicPropertySource
    static void ruleFolder(DynamicPropertyRegistry registry) {
        FOLDER.use(registry);
        registry.add("xhht.rules.four-eyes", () -> "false"); // the folder's own checks; four eyes: RuleVersionsContract
    }

    @Test
    void aSavedChangeIsActivatedAndABrokenOneRefused() throws InterruptedException {
        assertThat(rules.version()).isEqualTo(BASELINE);

        FOLDER.edit("targets/training.drl", "\"RURAL_CLC\", 2020, 80", "\"RURAL_CLC\", 2020, 81");
        await(() -> lastOutcome() == Activation.Outcome.ACTIVATED); // logged once the new rules are active
        String changed = rules.version();
        assertThat(changed).isNotEqualTo(BASELINE);
        assertThat(ruleSets.history().get(0)).satisfies(a -> {
            assertThat(a.requestedBy()).isEqualTo("WATCH");
            assertThat(a.outcome()).isEqualTo(Activation.Outcome.ACTIVATED);
            assertThat(a.version()).isEqualTo(changed);
        });

        KnownChange.breakIt(FOLDER);
        await(() -> lastOutcome() == Activation.Outcome.REFUSED_COMPILE);
        assertThat(rules.version()).isEqualTo(changed);
    }

    /** The outcome of the watcher's last attempt (the log begins with the seed's activation at startup). */
    private Activation.Outcome lastOutcome() {
        return ruleSets.history().stream().findFirst().filter(a -> a.requestedBy().equals("WATCH"))
                .map(Activation::outcome).orElse(null);
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (!condition.getAsBoolean()) {
            assertThat(Instant.now()).as("waited for the watcher").isBefore(deadline);
            Thread.sleep(200);
        }
    }
}
