package vn.hungyen.xhht.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * One measured pass over the files: wall time, and the peak heap in use during it, as the JVM's heap pools
 * record it (garbage not yet collected included, so it is an upper bound of what the pass needs; under
 * -Xmx256m, what matters is that the pass completes).
 */
record Phase(String name, int threads, int reports, long nanos, long peakHeapBytes, long result) {

    private static final List<MemoryPoolMXBean> HEAP = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP).toList();

    /** Runs {@code pass} after a full GC; {@code result} is what the pass found (findings, XML events). */
    static Phase measure(String name, int threads, int reports, LongSupplier pass) {
        System.gc();
        HEAP.forEach(MemoryPoolMXBean::resetPeakUsage);
        long start = System.nanoTime();
        long result = pass.getAsLong();
        long nanos = System.nanoTime() - start;
        long peak = HEAP.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        return new Phase(name, threads, reports, nanos, peak, result);
    }

    /**
     * For each pass (by name and threads, in the order of their first round), the best time of any round and
     * the highest peak heap of any round.
     */
    static List<Phase> best(List<List<Phase>> rounds) {
        Map<String, Phase> best = new LinkedHashMap<>();
        rounds.stream().flatMap(List::stream).forEach(p -> best.merge(p.name() + "/" + p.threads(), p,
                (a, b) -> new Phase(a.name(), a.threads(), a.reports(), Math.min(a.nanos(), b.nanos()),
                        Math.max(a.peakHeapBytes(), b.peakHeapBytes()), a.result())));
        return List.copyOf(best.values());
    }

    double seconds() {
        return nanos / 1e9;
    }

    double perSecond() {
        return reports / seconds();
    }

    double microsPerReport() {
        return nanos / 1e3 / reports;
    }
}
