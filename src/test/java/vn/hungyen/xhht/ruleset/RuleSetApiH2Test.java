package vn.hungyen.xhht.ruleset;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.hungyen.xhht.engine.CheckOptions;
import vn.hungyen.xhht.engine.CheckResult;
import vn.hungyen.xhht.engine.Checker;
import vn.hungyen.xhht.engine.RulePack;
import vn.hungyen.xhht.intake.Intake;
import vn.hungyen.xhht.intake.ReportData;
import vn.hungyen.xhht.intake.Source;
import vn.hungyen.xhht.intake.ValueRow;
import vn.hungyen.xhht.plan.FindingKind;
import vn.hungyen.xhht.plan.Period;
import vn.hungyen.xhht.testing.AppTest;

@AppTest
class RuleSetApiH2Test extends RuleSetApiContract {

    /** What a check saw: the version of the pack it took, the version its result names, and its verdict. */
    private record Seen(String packVersion, String resultVersion, boolean unmet) {
    }

    /**
     * Checks run one after another on three threads while the rules are switched from RURAL_CLC
     * 2015 at 60 to 55 and back: every check sees one whole rule set, and judges Khoái Châu's 57.4 as that set says.
     */
    @Test
    void checksDuringReloadsNeverSeeAHalfBuiltRuleSet() throws Exception {
        Intake khoaiChau = khoaiChau(57.4);
        CheckOptions options = CheckOptions.asOf(LocalDate.of(2016, 1, 10));
        ConcurrentLinkedQueue<Seen> seen = new ConcurrentLinkedQueue<>();
        AtomicBoolean switching = new AtomicBoolean(true);
        ExecutorService checkers = Executors.newFixedThreadPool(3);
        List<Future<?>> running = java.util.stream.IntStream.range(0, 3).mapToObj(i -> checkers.submit(() -> {
            while (switching.get()) {
                RulePack pack = rules.pack();
                CheckResult result = new Checker(pack).check(List.of(khoaiChau), options);
                seen.add(new Seen(pack.version(), result.rulesVersion(), result.findings().stream()
                        .anyMatch(f -> f.kind() == FindingKind.UNMET_TARGET && f.ruleId().equals("RURAL_CLC.2015"))));
                Thread.sleep(2); // leave the two cores to the reloads now and then
            }
            return null;
        })).collect(Collectors.toList());
        Activation down;
        try {
            FOLDER.edit("targets/training.drl", "\"RURAL_CLC\", 2015, 60", "\"RURAL_CLC\", 2015, 55")
                    .edit("scenarios/targets/training.yaml", "RURAL_CLC: 57.4", "RURAL_CLC: 54.4")
                    .edit("scenarios/targets/training.yaml", "RURAL_CLC: 59", "RURAL_CLC: 54");
            down = ruleSets.activate(Optional.empty(), "API").activation();
            assertThat(down.outcome()).isEqualTo(Activation.Outcome.ACTIVATED);
            FOLDER.reset();
            assertThat(ruleSets.activate(Optional.empty(), "API").activation().outcome())
                    .isEqualTo(Activation.Outcome.ACTIVATED);
        } finally {
            switching.set(false);
            for (Future<?> f : running) {
                f.get(1, TimeUnit.MINUTES); // a check that threw fails the test here
            }
            checkers.shutdown();
        }

        assertThat(seen).allSatisfy(s -> assertThat(s.resultVersion()).isEqualTo(s.packVersion()));
        String loweredVersion = down.version();
        assertThat(seen).allSatisfy(s -> assertThat(s.unmet()).as(s.packVersion())
                .isEqualTo(!s.packVersion().equals(loweredVersion)));
        Set<String> versions = seen.stream().map(Seen::packVersion).collect(Collectors.toSet());
        assertThat(versions).containsExactlyInAnyOrder(BASELINE, loweredVersion);
    }

    /** Two previews and an activation at once: each compiles the folder on its own and sees the same rule set. */
    @Test
    void twoPreviewsAndAnActivationAtOnce() throws Exception {
        KnownChange.apply(FOLDER);
        String expected = ruleSets.candidate().version();
        ExecutorService threads = Executors.newFixedThreadPool(3);
        try {
            java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
            Future<Preview> first = threads.submit(() -> { start.await(); return ruleSets.preview(); });
            Future<Preview> second = threads.submit(() -> { start.await(); return ruleSets.preview(); });
            Future<Attempt> activation = threads.submit(() -> {
                start.await();
                return ruleSets.activate(Optional.of(expected), "API");
            });
            start.countDown();
            for (Future<Preview> preview : List.of(first, second)) {
                Preview p = preview.get(5, TimeUnit.MINUTES);
                assertThat(p.candidate().version()).isEqualTo(expected);
                assertThat(p.candidate().failedScenarios()).isEmpty();
            }
            assertThat(activation.get(5, TimeUnit.MINUTES).activation().outcome())
                    .isEqualTo(Activation.Outcome.ACTIVATED);
        } finally {
            threads.shutdown();
        }
        assertThat(rules.version()).isEqualTo(expected);
    }

    private static Intake khoaiChau(double ruralClc) {
        String file = "khoaichau-2015-H2.xlsx";
        ReportData data = new ReportData(file, "H_KHOAICHAU", null, Period.of("2015-H2"), LocalDate.of(2015, 12, 10),
                null, new Source(file, "Thông tin", "B4"),
                List.of(new ValueRow("RURAL_CLC", 2015, null, null, ruralClc, null, new Source(file, "Chỉ tiêu", "E2"))),
                List.of());
        return new Intake(file, Optional.of(data), List.of());
    }
}
