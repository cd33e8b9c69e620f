package vn.hungyen.xhht.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.kie.api.KieServices;
import vn.hungyen.xhht.testing.RuleFolder;

/**
 * Compiles of different rule folders at the same time each get their own rules: every pack is built under a
 * ReleaseId of its own, and none stays in the global KieRepository afterwards.
 */
class CompileIsolationTest {

    private record Compiled(double expected, RulePack pack) {
    }

    @Test
    void concurrentCompilesOfDifferentFoldersKeepTheirOwnRulesAndLeaveNothingInTheRepository() throws Exception {
        RuleFolder at60 = RuleFolder.copy();
        RuleFolder at55 = RuleFolder.copy().edit("targets/training.drl", "\"RURAL_CLC\", 2015, 60",
                "\"RURAL_CLC\", 2015, 55");
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(3);
        List<Future<Compiled>> running = new ArrayList<>();
        List<Object> releaseIds = new ArrayList<>();
        try {
            for (int i = 0; i < 6; i++) {
                RuleFolder folder = i % 2 == 0 ? at60 : at55;
                double expected = i % 2 == 0 ? 60 : 55;
                Callable<Compiled> compile = () -> {
                    start.await();
                    return new Compiled(expected, RulePack.load(folder.dir()));
                };
                running.add(threads.submit(compile));
            }
            start.countDown();
            for (Future<Compiled> f : running) {
                Compiled c = f.get(5, TimeUnit.MINUTES);
                assertThat(c.pack().obligations().targets())
                        .filteredOn(t -> t.ruleId().equals("RURAL_CLC.2015"))
                        .extracting(Target::threshold).containsOnly(c.expected());
                assertThat(KieServices.get().getRepository().getKieModule(c.pack().releaseId())).isNull();
                releaseIds.add(c.pack().releaseId());
            }
        } finally {
            threads.shutdown();
        }
        assertThat(releaseIds).doesNotHaveDuplicates().hasSize(6);
    }
}
