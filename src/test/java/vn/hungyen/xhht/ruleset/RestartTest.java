package vn.hungyen.xhht.ruleset;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.hungyen.xhht.XhhtCheckerApplication;
import vn.hungyen.xhht.testing.RuleFolder;
import vn.hungyen.xhht.unit.RuleBook;

/**
 * The application started again on the same database keeps the rule set that was activated, whatever the rule
 * folder on disk says meanwhile: a changed folder becomes a draft, a broken one a draft with its errors, and
 * neither is in use nor logged as a change. A broken folder never stops the application from starting.
 */
class RestartTest {

    private final RuleFolder folder = RuleFolder.copy();
    private final String database = "jdbc:h2:mem:restart-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(XhhtCheckerApplication.class).run("--spring.datasource.url=" + database,
                "--xhht.rules-dir=" + folder.dir(), "--server.port=0", "--xhht.seed-reports=none",
                "--xhht.demo-users=false");
    }

    private record Log(long activations, long ruleChanges) {
        static Log of(JdbcClient jdbc) {
            return new Log(jdbc.sql("select count(*) from rule_activation").query(Long.class).single(),
                    jdbc.sql("select count(*) from audit_event where action = 'RULES_CHANGED'").query(Long.class).single());
        }
    }

    @Test
    void aRestartKeepsTheActivatedVersionAndOffersTheChangedFolderAsADraft() {
        String approved;
        Log before;
        try (ConfigurableApplicationContext app = start()) {
            Drafts drafts = app.getBean(Drafts.class);
            RuleSets ruleSets = app.getBean(RuleSets.class);
            RuleVersion draft = drafts.open(Optional.empty(), "lower LIT_15_35", "author-a");
            String literacy = drafts.files(draft.id()).text("targets/literacy.drl").orElseThrow();
            drafts.save(draft.id(), "targets/literacy.drl",
                    literacy.replace("\"LIT_15_35\", 2015, 99.90", "\"LIT_15_35\", 2015, 99.99"), "author-a");
            assertThat(drafts.submit(draft.id(), "author-a").usable()).isTrue();
            assertThat(ruleSets.activate(draft.id(), "API", "author-b").activation().outcome())
                    .isEqualTo(Activation.Outcome.ACTIVATED);
            approved = app.getBean(RuleBook.class).version();
            assertThat(approved).isNotEqualTo(folder.original());
            before = Log.of(app.getBean(JdbcClient.class));
        }

        // the folder on disk is edited, not activated: after a restart it is a draft, the approved set is in use
        folder.edit("targets/training.drl", "\"RURAL_CLC\", 2015, 60", "\"RURAL_CLC\", 2015, 55");
        try (ConfigurableApplicationContext app = start()) {
            assertThat(app.getBean(RuleBook.class).version()).isEqualTo(approved);
            assertThat(Log.of(app.getBean(JdbcClient.class))).isEqualTo(before);
            RuleVersion offered = app.getBean(Drafts.class).all().get(0);
            assertThat(offered.origin()).isEqualTo(RuleVersion.Origin.FOLDER);
            assertThat(offered.status()).isEqualTo(RuleVersion.Status.DRAFT);
            assertThat(offered.compiles()).isTrue();
            assertThat(offered.active()).isFalse();
        }

        // a folder that does not compile: the application starts, with the approved set, and shows the errors
        KnownChange.breakIt(folder);
        try (ConfigurableApplicationContext app = start()) {
            assertThat(app.getBean(RuleBook.class).version()).isEqualTo(approved);
            assertThat(Log.of(app.getBean(JdbcClient.class))).isEqualTo(before);
            RuleVersion broken = app.getBean(Drafts.class).all().get(0);
            assertThat(broken.compiles()).isFalse();
            assertThat(broken.errors()).first().satisfies(e -> {
                assertThat(e.file()).isEqualTo("targets/training.drl");
                assertThat(e.line()).isEqualTo(15);
            });
        }
    }

    @Test
    void aNewDatabaseWithABrokenFolderStartsWithNoRulesAndTheFolderAsABrokenDraft() {
        KnownChange.breakIt(folder);
        try (ConfigurableApplicationContext app = start()) {
            RuleSets ruleSets = app.getBean(RuleSets.class);
            assertThat(ruleSets.active()).isEmpty();
            assertThat(app.getBean(RuleBook.class).obligations().targets()).isEmpty();
            RuleVersion seed = app.getBean(Drafts.class).all().get(0);
            assertThat(seed.origin()).isEqualTo(RuleVersion.Origin.SEED);
            assertThat(seed.status()).isEqualTo(RuleVersion.Status.DRAFT);
            assertThat(seed.errors()).extracting(e -> e.file() + ":" + e.line()).contains("targets/training.drl:15");
            assertThat(ruleSets.history().get(0).outcome()).isEqualTo(Activation.Outcome.REFUSED_COMPILE);

            // fixed in a draft of it, and activated by two authors
            Drafts drafts = app.getBean(Drafts.class);
            RuleVersion fix = drafts.open(Optional.of(seed.id()), "fix the typo", "author-a");
            String training = new String(drafts.files(fix.id()).files().get("targets/training.drl"),
                    StandardCharsets.UTF_8);
            assertThat(drafts.save(fix.id(), "targets/training.drl", training.replace("@severity(\"HIGH\") xyz",
                    "@severity(\"HIGH\")"), "author-a").compiles()).isTrue();
            drafts.submit(fix.id(), "author-a");
            assertThat(ruleSets.activate(fix.id(), "API", "author-b").activation().outcome())
                    .isEqualTo(Activation.Outcome.ACTIVATED);
            assertThat(app.getBean(RuleBook.class).version()).isEqualTo(folder.original());
        }
    }
}
