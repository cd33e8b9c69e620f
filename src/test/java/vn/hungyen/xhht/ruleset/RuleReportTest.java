package vn.hungyen.xhht.ruleset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.hungyen.xhht.engine.RulePack;
import vn.hungyen.xhht.testing.RuleFolder;

/** Coverage and lint find what a rule author can get wrong, on a copy of rules/ with planted mistakes. */
class RuleReportTest {

    private static final Optional<Path> CATALOG = Optional.of(Path.of("docs/spec/plan-catalog.md"));

    @Test
    void theRuleFolderIsCleanAndItsReadingsAreKnownIssues() {
        RuleReport report = RuleReport.of(RulePack.load(Path.of("rules")), CATALOG);

        assertThat(report.catalogFound()).isTrue();
        assertThat(report.catalogGaps()).isEmpty();
        assertThat(report.neverFire()).isEmpty();
        assertThat(report.duplicates()).isEmpty();
        assertThat(report.knownIssues()).hasSize(20);
        assertThat(report.knownIssues().get(1)).satisfies(k -> {
            assertThat(k.reading()).isEqualTo(2);
            assertThat(k.text()).startsWith("The 2020 literacy target for ages 15–60 (98.85%) is lower");
            assertThat(k.rules()).containsExactly("LIT_15_60.2020");
        });
    }

    @Test
    void plantedMistakesAreFound() {
        RuleFolder folder = RuleFolder.copy();
        // WRK_VOCATIONAL loses its rules; a rule binds a unit that does not exist; one for a year after the
        // plan; one that can never be missed; a duty due after the plan; a copy of another rule
        folder.edit("targets/training.drl", "rule \"WRK_VOCATIONAL.2015\"", "rule \"WRK_VOCATIONAL.2015.OLD\"");
        folder.write("targets/mistakes.drl", """
                package targets;

                import vn.hungyen.xhht.engine.Target;
                import vn.hungyen.xhht.engine.Duty;
                import vn.hungyen.xhht.plan.Unit;
                import vn.hungyen.xhht.plan.UnitKind;

                rule "NOBODY"
                    @citation("II.1.c") @severity("HIGH")
                when
                    $u : Unit( code == "SO_NOWHERE" )
                then
                    insert( Target.atLeast( kcontext, $u, "RURAL_CLC", 2015, 60 ) );
                end

                rule "RURAL_CLC.2025"
                    @citation("II.2.c") @severity("HIGH")
                when
                    $u : Unit( code == "SO_LDTBXH" )
                then
                    insert( Target.atLeast( kcontext, $u, "RURAL_CLC", 2025, 90 ) );
                end

                rule "GAP.ALWAYS"
                    @citation("II.1.a") @severity("LOW")
                when
                    $u : Unit( code == "SO_GDDT" )
                then
                    insert( Target.atMost( kcontext, $u, "LIT_GENDER_GAP", 2016, 100 ) );
                end

                rule "PL17.LATER"
                    @citation("PL 17")
                when
                    $u : Unit( code == "SO_TC" )
                then
                    insert( Duty.due( kcontext, $u, "PL17", "2021-03-31" ) );
                end

                rule "RURAL_CLC.2015.COPY"
                    @citation("II.1.c") @severity("HIGH")
                when
                    $u : Unit( code == "SO_LDTBXH" || kind == UnitKind.DISTRICT )
                then
                    insert( Target.atLeast( kcontext, $u, "RURAL_CLC", 2015, 60 ) );
                end
                """);
        folder.edit("targets/training.drl", """
                insert( Target.atLeast( kcontext, $u, "WRK_VOCATIONAL", 2015, 95 ) );""", """
                insert( Target.atLeast( kcontext, $u, "RURAL_CLC", 2015, 55 ) );""");

        RuleReport report = RuleReport.of(RulePack.load(folder.dir()), CATALOG);

        assertThat(report.neverFire()).extracting(RuleReport.Item::subject, RuleReport.Item::key).containsExactly(
                tuple("NOBODY", "rules.never.noOwner"),
                tuple("RURAL_CLC.2025", "rules.never.yearOutsidePlan"),
                tuple("GAP.ALWAYS", "rules.never.alwaysMet"),
                tuple("PL17.LATER", "rules.never.dueAfterPlan"));
        assertThat(report.neverFire().get(0).file()).isEqualTo("targets/mistakes.drl");
        assertThat(report.neverFire().get(0).line()).isEqualTo(8);
        assertThat(report.duplicates()).extracting(RuleReport.Item::key, RuleReport.Item::args).containsExactlyInAnyOrder(
                // the rule written later (by file, then line) repeats the one written earlier
                tuple("rules.duplicate.sameTarget", List.of("RURAL_CLC.2015", "RURAL_CLC.2015.COPY")),
                tuple("rules.duplicate.sameText", List.of("RURAL_CLC.2015", "RURAL_CLC.2015.COPY")),
                tuple("rules.duplicate.overlappingTarget", List.of("WRK_VOCATIONAL.2015.OLD", "RURAL_CLC.2015")),
                tuple("rules.duplicate.overlappingTarget", List.of("WRK_VOCATIONAL.2015.OLD", "RURAL_CLC.2015.COPY")),
                tuple("rules.duplicate.overlappingDuty", List.of("PL17.LATER", "PL17")));
        assertThat(report.filesWithoutScenario()).containsExactly("targets/mistakes.drl");
        assertThat(report.rulesWithoutScenario()).contains("NOBODY", "RURAL_CLC.2015.COPY", "WRK_VOCATIONAL.2015.OLD")
                .doesNotContain("RURAL_CLC.2015");
    }
}
