package vn.hungyen.xhht.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import vn.hungyen.xhht.check.ReportFile;
import vn.hungyen.xhht.testing.TestUsers;

/**
 * A load generator for the upload path: C clients (default 16) each POST one distinct workbook after another
 * to /api/reports of the application on 127.0.0.1, for S seconds (default 60) after a warm-up of W seconds
 * (default 10, not counted); prints p50/p95/p99 latency, throughput and errors (any status but 200, or no
 * answer). Never any address but 127.0.0.1. docs/benchmarks.md gives the command and the figures.
 *
 * <pre>
 * mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.cleanupDaemonThreads=false \
 *     -Dexec.mainClass=vn.hungyen.xhht.bench.UploadLoadTest [-Dexec.args="16 60 10"] [-Dxhht.bench.db=postgres]
 * </pre>
 */
public final class UploadLoadTest {

    private static final String BOUNDARY = "xhht-load-boundary";
    /** The clients upload as an administrator (who may upload for any unit), with HTTP Basic. */
    private static final String UPLOADER = "load-admin";
    private static final String BASIC = "Basic " + Base64.getEncoder().encodeToString(
            (UPLOADER + ":" + TestUsers.PASSWORD).getBytes(StandardCharsets.UTF_8));

    private UploadLoadTest() {
    }

    public static void main(String[] args) throws Exception {
        int clients = args.length > 0 ? Integer.parseInt(args[0]) : 16;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 60;
        int warmup = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        String database = System.getProperty("xhht.bench.db", "h2");
        try (ScaleApp app = ScaleApp.start(10_000, database, true)) {
            TestUsers.add(app.bean(JdbcClient.class), app.bean(PasswordEncoder.class), UPLOADER, "ADMIN", null);
            String port = app.context.getEnvironment().getProperty("local.server.port");
            URI uri = URI.create("http://127.0.0.1:" + port + "/api/reports");
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            AtomicInteger next = new AtomicInteger();
            run(http, uri, app.files, next, clients, warmup, false);
            Result r = run(http, uri, app.files, next, clients, seconds, true);
            System.out.println("| database | clients | s | uploads | uploads/s | p50 ms | p95 ms | p99 ms | max ms "
                    + "| errors |");
            System.out.println("|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|");
            System.out.printf(Locale.ROOT, "| %s | %d | %d | %,d | %.1f | %d | %d | %d | %d | %d |%n", database, clients,
                    seconds, r.latencies.size(), r.latencies.size() / (double) seconds, r.percentile(50),
                    r.percentile(95), r.percentile(99), r.percentile(100), r.errors.get());
            if (next.get() >= app.files.size()) {
                System.out.println("  (more uploads than distinct workbooks: later ones were duplicates)");
            }
        }
    }

    record Result(List<Long> latencies, AtomicInteger errors) {

        long percentile(int p) {
            if (latencies.isEmpty()) {
                return 0;
            }
            List<Long> sorted = new ArrayList<>(latencies);
            Collections.sort(sorted);
            int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
            return sorted.get(Math.max(0, index)) / 1_000_000;
        }
    }

    private static Result run(HttpClient http, URI uri, List<ReportFile> files, AtomicInteger next, int clients,
                              int seconds, boolean counted) throws InterruptedException {
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger errors = new AtomicInteger();
        ConcurrentHashMap<Integer, String> firstErrors = new ConcurrentHashMap<>();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        for (int c = 0; c < clients; c++) {
            pool.execute(() -> {
                while (System.nanoTime() < end) {
                    ReportFile file = files.get(next.getAndIncrement() % files.size());
                    long start = System.nanoTime();
                    try {
                        HttpResponse<String> response = http.send(request(uri, file),
                                HttpResponse.BodyHandlers.ofString());
                        if (response.statusCode() != 200) {
                            errors.incrementAndGet();
                            firstErrors.putIfAbsent(response.statusCode(), response.body());
                        }
                    } catch (IOException e) {
                        errors.incrementAndGet();
                        firstErrors.putIfAbsent(-1, String.valueOf(e));
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                    latencies.add(System.nanoTime() - start);
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(seconds + 600L, TimeUnit.SECONDS);
        firstErrors.forEach((status, body) -> System.out.println("  error " + status + ": "
                + body.substring(0, Math.min(300, body.length()))));
        if (!counted) {
            System.out.printf(Locale.ROOT, "warm-up: %d uploads in %d s%n", latencies.size(), seconds);
        }
        return new Result(latencies, errors);
    }

    private static HttpRequest request(URI uri, ReportFile file) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        String name = file.path().getFileName().toString();
        body.write(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"" + name
                + "\"\r\nContent-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.write(Files.readAllBytes(file.path()));
        body.write(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(120))
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY).header("Authorization", BASIC)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build();
    }
}
