package vn.hungyen.xhht.bench;

import java.nio.file.Files;
import java.util.List;
import java.util.Locale;
import vn.hungyen.xhht.check.ReportFile;
import vn.hungyen.xhht.engine.RulePack;
import vn.hungyen.xhht.report.Dating;
import vn.hungyen.xhht.report.IncomingFile;
import vn.hungyen.xhht.report.Outcome;
import vn.hungyen.xhht.report.ReportIntake;
import vn.hungyen.xhht.report.StoredReports;
import vn.hungyen.xhht.review.Evaluation;
import vn.hungyen.xhht.unit.RuleBook;

/**
 * Re-checking N stored reports after a rule change, through the application's own path: the N workbooks are
 * stored with {@link ReportIntake} (as uploads are), then {@link Evaluation#judge} (the impact preview of a
 * rule change: every stored report judged, nothing stored) and {@link Evaluation#run} (judged, and the
 * findings replaced) are timed, with the loading of the stored reports ({@link StoredReports#intakes}) and
 * the compiling of the rules on their own. docs/benchmarks.md gives the command and the figures.
 *
 * <pre>
 * mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.cleanupDaemonThreads=false \
 *     -Dexec.mainClass=vn.hungyen.xhht.bench.RecheckBenchmark [-Dexec.args="10000"] [-Dxhht.bench.db=postgres]
 * </pre>
 */
public final class RecheckBenchmark {

    private static final int ROUNDS = 3;

    private RecheckBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int reports = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        String database = System.getProperty("xhht.bench.db", "h2");
        try (ScaleApp app = ScaleApp.start(reports, database, false)) {
            ReportIntake intake = app.bean(ReportIntake.class);
            long start = System.nanoTime();
            int rejected = 0;
            for (ReportFile f : app.files) {
                var result = intake.store(new IncomingFile(f.displayName(), Files.readAllBytes(f.path())), Dating.STATED);
                if (result.outcome() == Outcome.REJECTED && rejected++ == 0) {
                    System.out.println("rejected: " + f.displayName() + " " + result.problems());
                }
            }
            double stored = seconds(start);
            StoredReports storedReports = app.bean(StoredReports.class);
            RuleBook rules = app.bean(RuleBook.class);
            Evaluation evaluation = app.bean(Evaluation.class);
            System.out.printf(Locale.ROOT, "%s: stored %,d reports through ReportIntake in %.1f s (%.0f/s)%n",
                    database, storedReports.count(), stored, app.files.size() / stored);
            header().forEach(System.out::println);
            for (int round = 1; round <= ROUNDS; round++) {
                start = System.nanoTime();
                RulePack changed = RulePack.load(rules.pack().dir(), rules.register());
                double compile = seconds(start);
                start = System.nanoTime();
                int loaded = storedReports.intakes().size();
                double load = seconds(start);
                start = System.nanoTime();
                Evaluation.Judgement judgement = evaluation.judge(changed);
                double judge = seconds(start);
                start = System.nanoTime();
                var info = evaluation.run();
                double run = seconds(start);
                System.out.printf(Locale.ROOT, "| %s | %d | %,d | %.2f | %.2f | %.2f | %.2f | %,d |%n", database,
                        round, loaded, compile, load, judge, run, info.findings());
                if (judgement.result().findings().size() != info.findings()) {
                    System.out.println("  (judge and run disagree on the number of findings)");
                }
            }
        }
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    static List<String> header() {
        return List.of("| database | round | reports | compile rules s | load stored s | judge s | run s | findings |",
                "|---|--:|--:|--:|--:|--:|--:|--:|");
    }
}
