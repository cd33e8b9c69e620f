package vn.hungyen.xhht.samples;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import vn.hungyen.xhht.engine.RulePack;
import vn.hungyen.xhht.message.Language;
import vn.hungyen.xhht.message.Names;
import vn.hungyen.xhht.plan.Period;
import vn.hungyen.xhht.plan.Unit;

/**
 * Writes sample-reports/: a report of every unit of the register for every period 2013-H2..2020-H2, what
 * each owes taken from the rules ({@link vn.hungyen.xhht.engine.PlanObligations}), clean except for the
 * breaches of {@link PlantedBreach#ALL}, filled in the styles of {@link Variant#ALL}; and its README.
 *
 * <pre>mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.cleanupDaemonThreads=false \
 *     -Dexec.mainClass=vn.hungyen.xhht.samples.SampleReportsGenerator [-Dexec.args=OUTPUT_FOLDER]</pre>
 */
public final class SampleReportsGenerator {

    static final Path DEFAULT_FOLDER = Path.of("sample-reports");
    static final Path RULES = Path.of("rules");

    private final RulePack pack;
    private final Drafts drafts;
    private final ValueSeries series;

    SampleReportsGenerator(RulePack pack) {
        this.pack = pack;
        this.series = new ValueSeries(pack.obligations().targets());
        this.drafts = new Drafts(pack.obligations(), series,
                new DutyPlanner(Names.load(pack.dir(), pack.units(), Language.VI)));
    }

    public static void main(String[] args) {
        Path folder = args.length > 0 ? Path.of(args[0]) : DEFAULT_FOLDER;
        List<Output> written = new SampleReportsGenerator(RulePack.load(RULES)).generate(folder);
        System.out.println(written.size() + " files written to " + folder.toAbsolutePath().normalize());
    }

    /** Replaces the workbooks and the README of {@code folder}; other files (expected-findings.json) stay. */
    List<Output> generate(Path folder) {
        removeWorkbooks(folder);
        List<Output> outputs = outputs();
        outputs.forEach(o -> write(folder, o));
        writeText(folder.resolve("README.md"), Readme.text(outputs));
        return outputs;
    }

    List<Output> outputs() {
        List<Output> outputs = new ArrayList<>();
        for (Period period : Period.range(Schedule.FIRST, Schedule.LAST)) {
            for (Unit unit : pack.units().all()) {
                Draft clean = drafts.draft(unit, period);
                outputs.addAll(PlantedBreach.in(unit.code(), period)
                        .map(p -> p.edit().apply(clean, series))
                        .orElseGet(() -> List.of(new Output.Workbook(clean))));
            }
        }
        return outputs;
    }

    private static void write(Path folder, Output output) {
        Path file = folder.resolve(output.path());
        if (output instanceof Output.Workbook w) {
            DraftWriter.write(w.draft(), file);
        } else if (output instanceof Output.Text t) {
            writeText(file, t.content());
        }
    }

    private static void writeText(Path file, String content) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // a breach removed from the table must not leave its file behind
    private static void removeWorkbooks(Path folder) {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".xlsx")).toList()) {
                Files.delete(f);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
