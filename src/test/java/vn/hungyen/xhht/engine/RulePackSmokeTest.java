package vn.hungyen.xhht.engine;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class RulePackSmokeTest {
    @Test
    void loads() {
        long t0 = System.nanoTime();
        RulePack pack = RulePack.load(Path.of("rules"));
        System.out.println("load ms " + (System.nanoTime() - t0) / 1_000_000);
        System.out.println("targets " + pack.obligations().targets().size() + " duties " + pack.obligations().duties().size());
        System.out.println(pack.obligations().indicators());
        System.out.println(pack.obligations().deliverables());
        pack.obligations().deliverablesOwed("H_VANLAM", vn.hungyen.xhht.plan.Period.of("2015-H2")).forEach(System.out::println);
    }
}
