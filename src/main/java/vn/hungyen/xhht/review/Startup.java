package vn.hungyen.xhht.review;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import vn.hungyen.xhht.report.IncomingFile;
import vn.hungyen.xhht.report.Outcome;
import vn.hungyen.xhht.report.StoredReports;
import vn.hungyen.xhht.system.XhhtProperties;

/**
 * At startup: a new installation (no report stored) takes in the sample workbooks of
 * {@code xhht.seed-reports}, so that the first screen shows real data; then the findings are judged again
 * if they were judged as of another day or by other rules.
 */
@Component
class Startup implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(Startup.class);

    private final StoredReports reports;
    private final Uploads uploads;
    private final Evaluation evaluation;
    private final Optional<Path> seedReports;

    Startup(StoredReports reports, Uploads uploads, Evaluation evaluation, XhhtProperties properties) {
        this.reports = reports;
        this.uploads = uploads;
        this.evaluation = evaluation;
        this.seedReports = properties.seedFolder();
    }

    @Override
    public void run(ApplicationArguments args) {
        seedReports.filter(Files::isDirectory).filter(dir -> reports.count() == 0).ifPresent(this::seed);
        if (evaluation.stale()) {
            evaluation.run();
        }
    }

    private void seed(Path seedReports) {
        List<Path> files = workbooks(seedReports);
        Map<Outcome, Integer> counts = new EnumMap<>(Outcome.class);
        for (Path file : files) {
            // named as the check command names the files of a folder, e.g. 2015-H2/h-vanlam-2015-H2.xlsx
            String name = seedReports.relativize(file).toString().replace('\\', '/');
            Outcome outcome = uploads.store(List.of(new IncomingFile(name, bytes(file)))).get(0).outcome();
            counts.merge(outcome, 1, Integer::sum);
        }
        EvaluationInfo info = evaluation.run();
        LOG.info("Seeded the empty database with the sample reports of {}: {} workbooks ({}), {} findings",
                seedReports.toAbsolutePath(), files.size(), counts.entrySet().stream()
                        .map(e -> e.getValue() + " " + e.getKey().name().toLowerCase(Locale.ROOT))
                        .collect(Collectors.joining(", ")), info.findings());
    }

    /** Every .xlsx under the folder, in the order of their paths. */
    static List<Path> workbooks(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            return paths.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx"))
                    .filter(p -> !p.getFileName().toString().startsWith("~$")) // Excel's lock files
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the sample reports in " + dir, e);
        }
    }

    private static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the sample report " + file, e);
        }
    }
}
