package vn.hungyen.xhht.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.hungyen.xhht.XhhtCheckerApplication;
import vn.hungyen.xhht.plan.Period;
import vn.hungyen.xhht.plan.UnitRegister;
import vn.hungyen.xhht.testing.PostgresSchema;
import vn.hungyen.xhht.testing.WorkbookBuilder;

/**
 * The application as a real process on PostgreSQL, killed (SIGKILL) while it stores a request of hundreds of
 * workbooks: started again, it holds only whole reports (each with all its rows), and the same request sent
 * again completes the set without a duplicate. Each report is stored in a transaction of its own, so a kill
 * can only lose the one being stored.
 */
class KillMidUploadTest {

    private static final String SCHEMA = PostgresSchema.NAME + "_kill";
    private static final String PASSWORD = "kill-test-2016";
    private static final String BOUNDARY = "xhht-kill";
    private static final int VALUES_PER_REPORT = 3;

    @TempDir
    static Path dir;

    @BeforeAll
    static void aSchemaOfItsOwn() throws SQLException {
        PostgresSchema.assumeAvailable();
        sql("create schema " + SCHEMA);
    }

    @AfterAll
    static void dropIt() throws SQLException {
        sql("drop schema if exists " + SCHEMA + " cascade");
    }

    @Test
    void aKilledUploadLeavesOnlyWholeReportsAndCanBeSentAgain() throws Exception {
        byte[] body = multipart(workbooks());
        int port = freePort();
        Process app = start(port);
        try {
            awaitUp(port);
            CompletableFuture<HttpResponse<Void>> upload = HttpClient.newHttpClient()
                    .sendAsync(request(port, body), HttpResponse.BodyHandlers.discarding());
            Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
            while (count("report") < 20 && Instant.now().isBefore(deadline) && !upload.isDone()) {
                Thread.sleep(20);
            }
            app.destroyForcibly().waitFor();
            assertThat(upload.isDone() && !upload.isCompletedExceptionally())
                    .as("killed before the answer (%s)", upload.isDone() && !upload.isCompletedExceptionally()
                            ? upload.join().statusCode() : "-").isFalse();
        } finally {
            app.destroyForcibly().waitFor();
        }
        long stored = count("report");
        assertThat(stored).as("some, not all, were stored").isBetween(1L, (long) workbooks().size() - 1);
        assertEveryReportIsWhole();

        Process again = start(port);
        try {
            awaitUp(port);
            HttpResponse<String> answer = HttpClient.newHttpClient().send(request(port, body),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertThat(answer.statusCode()).isEqualTo(200);
            assertThat(count("report")).isEqualTo(workbooks().size());
            assertThat(count("(select distinct sha256 from report) r")).isEqualTo(workbooks().size());
            assertEveryReportIsWhole();
        } finally {
            again.destroyForcibly().waitFor();
        }
    }

    /** One workbook per unit and period, each with {@link #VALUES_PER_REPORT} values. */
    private static List<Path> workbooks() {
        Path folder = dir.resolve("workbooks");
        if (Files.isDirectory(folder)) {
            try (var files = Files.list(folder)) {
                return files.sorted().toList();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        List<Path> files = new ArrayList<>();
        UnitRegister register = UnitRegister.load(Path.of("rules/units.csv"));
        for (Period period : Period.range(Period.of("2013-H2"), Period.of("2020-H2"))) {
            register.all().forEach(unit -> files.add(WorkbookBuilder.report(unit.code(), period.code(),
                            LocalDate.of(period.year(), period.half() == 1 ? 6 : 12, 10))
                    .indicator("LIT_15_60", period.year(), 99.9).indicator("LIT_15_35", period.year(), 99.95)
                    .indicator("OFF_IT", period.year(), 90)
                    .write(folder.resolve(unit.code() + "-" + period.code() + ".xlsx"))));
        }
        return files;
    }

    private static void assertEveryReportIsWhole() throws SQLException {
        assertThat(count("(select r.id from report r left join report_value v on v.report_id = r.id "
                + "group by r.id having count(v.report_id) <> " + VALUES_PER_REPORT + ") broken"))
                .as("reports missing some of their rows").isZero();
    }

    private static Process start(int port) throws IOException {
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-cp", System.getProperty("java.class.path"), XhhtCheckerApplication.class.getName(),
                "--server.port=" + port, "--spring.profiles.active=postgres",
                "--spring.datasource.url=" + url(), "--spring.datasource.username=" + PostgresSchema.USER,
                "--spring.datasource.password=" + PostgresSchema.PASSWORD,
                "--spring.flyway.schemas=" + SCHEMA, "--spring.flyway.default-schema=" + SCHEMA,
                "--xhht.seed-reports=none", "--xhht.demo-users=false");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve("app-" + port + "-" + System.nanoTime() + ".log").toFile());
        builder.environment().put("XHHT_ADMIN_PASSWORD", PASSWORD);
        return builder.start();
    }

    private static void awaitUp(int port) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (Instant.now().isBefore(deadline)) {
            try {
                HttpResponse<Void> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/login")).build(), HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new AssertionError("the application did not start on port " + port + " (logs in " + dir + ")");
    }

    private static HttpRequest request(int port, byte[] body) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/reports"))
                .timeout(Duration.ofMinutes(5))
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
    }

    private static byte[] multipart(List<Path> files) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Path file : files) {
            out.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\""
                    + file.getFileName() + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            out.writeBytes(Files.readAllBytes(file));
            out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        out.writeBytes(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String url() {
        return PostgresSchema.URL + (PostgresSchema.URL.contains("?") ? "&" : "?") + "currentSchema=" + SCHEMA;
    }

    private static long count(String from) throws SQLException {
        try (Connection c = DriverManager.getConnection(url(), PostgresSchema.USER, PostgresSchema.PASSWORD);
             Statement s = c.createStatement()) {
            if (!exists(c)) {
                return 0;
            }
            try (ResultSet rs = s.executeQuery("select count(*) from " + from)) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** Whether Flyway has made the tables yet. */
    private static boolean exists(Connection c) throws SQLException {
        try (ResultSet rs = c.getMetaData().getTables(null, SCHEMA, "report", null)) {
            return rs.next();
        }
    }

    private static void sql(String statement) throws SQLException {
        try (Connection c = DriverManager.getConnection(PostgresSchema.URL, PostgresSchema.USER,
                PostgresSchema.PASSWORD); Statement s = c.createStatement()) {
            s.execute(statement);
        }
    }
}
