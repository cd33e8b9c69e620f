package vn.hungyen.xhht.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import vn.hungyen.xhht.XhhtCheckerApplication;
import vn.hungyen.xhht.check.ReportFile;
import vn.hungyen.xhht.engine.RulePack;
import vn.hungyen.xhht.plan.Unit;

/**
 * The web application, on H2 or PostgreSQL, with a register grown to N reports' worth of units (the bench
 * command's copies of the districts, written to a copy of the rule folder whose units.csv seeds the
 * database), and N generated workbooks to give it. For the scale measurements, never the tests.
 *
 * <p>System properties: {@code xhht.bench.dir} reuses workbooks the bench command generated there (all of
 * them, whatever N says); {@code xhht.bench.db}: {@code h2} (default; in memory) or {@code postgres}
 * ({@code XHHT_DB_URL}, default jdbc:postgresql://127.0.0.1:5432/test, user {@code XHHT_DB_USER}=postgres,
 * in a schema of its own, dropped at the end).
 */
final class ScaleApp implements AutoCloseable {

    final String database;
    final List<ReportFile> files;
    final ConfigurableApplicationContext context;
    private final Path work;
    private final String schema;

    private ScaleApp(String database, List<ReportFile> files, ConfigurableApplicationContext context, Path work,
                     String schema) {
        this.database = database;
        this.files = files;
        this.context = context;
        this.work = work;
        this.schema = schema;
    }

    static ScaleApp start(int reports, String database, boolean web) throws IOException {
        Path work = Files.createTempDirectory("xhht-scale");
        Path rules = copy(Path.of("rules"), work.resolve("rules"));
        Path dir = System.getProperty("xhht.bench.dir") == null ? work.resolve("files")
                : Path.of(System.getProperty("xhht.bench.dir"));
        int existing = Files.isDirectory(dir) ? ReportFile.under(dir).size() : 0;
        RulePack real = RulePack.load(rules);
        BenchReports generator = new BenchReports(real.units(), real.obligations(), existing > 0 ? existing : reports);
        if (existing == 0) {
            ForkJoinPool pool = new ForkJoinPool(Runtime.getRuntime().availableProcessors());
            generator.write(dir, reports, pool);
            pool.shutdown();
        }
        writeRegister(generator.register().all(), rules.resolve("units.csv"));
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("xhht.rules-dir", rules.toString());
        properties.put("xhht.seed-reports", "none");
        properties.put("logging.level.root", "WARN");
        properties.put("spring.main.banner-mode", "off");
        properties.put("server.port", "0");
        properties.put("server.address", "127.0.0.1");
        String schema = null;
        if (database.equals("postgres")) {
            schema = "xhht_scale_" + Long.toHexString(System.nanoTime());
            properties.put("spring.datasource.url", pgUrl() + "?currentSchema=" + schema);
            properties.put("spring.datasource.username", pgUser());
            properties.put("spring.datasource.password", System.getenv().getOrDefault("XHHT_DB_PASSWORD", ""));
            properties.put("spring.flyway.schemas", schema);
            properties.put("spring.flyway.default-schema", schema);
        } else {
            properties.put("spring.datasource.url", "jdbc:h2:mem:xhht-scale;DB_CLOSE_DELAY=-1");
        }
        // as arguments, which outrank the application's properties files (builder properties do not)
        ConfigurableApplicationContext context = new SpringApplicationBuilder(XhhtCheckerApplication.class)
                .web(web ? WebApplicationType.SERVLET : WebApplicationType.NONE)
                .run(properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue())
                        .toArray(String[]::new));
        return new ScaleApp(database, ReportFile.under(dir), context, work, schema);
    }

    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    @Override
    public void close() throws IOException {
        context.close();
        if (schema != null) {
            try (Connection c = DriverManager.getConnection(pgUrl(), pgUser(),
                    System.getenv().getOrDefault("XHHT_DB_PASSWORD", ""))) {
                c.createStatement().execute("drop schema " + schema + " cascade");
            } catch (SQLException e) {
                System.err.println("could not drop schema " + schema + ": " + e.getMessage());
            }
        }
        try (Stream<Path> paths = Files.walk(work)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    private static String pgUrl() {
        return System.getenv().getOrDefault("XHHT_DB_URL", "jdbc:postgresql://127.0.0.1:5432/test");
    }

    private static String pgUser() {
        return System.getenv().getOrDefault("XHHT_DB_USER", "postgres");
    }

    private static void writeRegister(java.util.Collection<Unit> units, Path csv) throws IOException {
        try (Writer out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8);
             CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT)) {
            printer.printRecord("code", "name", "name_en", "kind");
            for (Unit u : units) {
                printer.printRecord(u.code(), u.name(), u.nameEn(), u.kind());
            }
        }
    }

    private static Path copy(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path p : paths.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return to;
    }
}
