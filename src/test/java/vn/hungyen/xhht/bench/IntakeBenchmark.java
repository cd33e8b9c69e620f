package vn.hungyen.xhht.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.ref.Reference;
import java.net.URISyntaxException;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.hungyen.xhht.intake.Intake;
import vn.hungyen.xhht.intake.KnownCodes;
import vn.hungyen.xhht.intake.ReadLimits;
import vn.hungyen.xhht.intake.ReportData;
import vn.hungyen.xhht.intake.WorkbookReader;
import vn.hungyen.xhht.testing.WorkbookBuilder;

/**
 * Backs the claim of {@link WorkbookReader} that, streaming, its memory "does not grow with the size of a
 * sheet", against a baseline measured in the same run: POI's usermodel (DOM) {@link XSSFWorkbook}, which
 * loads the whole sheet, and iterates every cell of "Chỉ tiêu". Results and how to read them:
 * docs/benchmarks.md.
 *
 * <pre>
 * mvn -q test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=vn.hungyen.xhht.bench.IntakeBenchmark -Dexec.cleanupDaemonThreads=false
 * </pre>
 *
 * <p><b>Workbooks.</b> A valid report (H_VANLAM, 2015-H2: "Thông tin", "Chỉ tiêu", a one-row "Nhiệm vụ",
 * with {@link WorkbookBuilder}'s sheet names, labels and headers) whose "Chỉ tiêu" has N value rows, for N in
 * {@link #SIZES}. Each (indicator, year) pair must be unique, so row i is indicator {@code IND_<i / 6>} for
 * year {@code 2010 + i % 6}, with numerator, denominator and a matching value; {@link BenchCodes} knows these
 * codes. They are written with {@link SXSSFWorkbook}, with a shared strings table as Excel writes one.
 *
 * <p><b>One fresh JVM per (reader, N).</b> The run started by the command above only writes the workbooks
 * and prints the table; each measurement runs in a child JVM ({@code java} {@link #CHILD_JVM}, this class
 * with {@code --child}) so that no reader pays for classes, JIT state or heap left by another, and the heap
 * is not Maven's. In the child, the reader first reads the file repeatedly for {@link #WARM_UP} (at least
 * once: classes loaded and hot code compiled, as in the long-running web application), then {@link #RUNS}
 * measured reads; the table keeps the best (lowest) of each figure over those runs, each on its own. The
 * children run one after another, never in parallel.
 *
 * <p><b>Wall time</b> is {@link System#nanoTime()} around one read: opening the file to having every row
 * (streaming: the {@link Intake}, checked to hold N values and no problem; DOM: every cell visited).
 *
 * <p><b>Peak heap</b> is the peak of <em>live</em> heap during the read, above the heap in use before it.
 * Before the read a full collection is forced and the heap in use after it is the idle heap. During the
 * read, the heap in use right after every collection is recorded (GC notifications, summed over the heap
 * pools). After the read a full collection is forced again while what the reader returned is still
 * reachable (the {@link Intake}, or the still-open {@link XSSFWorkbook}): the heap in use then, above the
 * idle heap, is the <b>result</b> figure, and the highest of all these, above the idle heap, the peak.
 * Heap in use at an arbitrary moment (such as {@link MemoryPoolMXBean#getPeakUsage()}) is not used: it is
 * mostly garbage not yet collected, so it would measure how large a young generation G1 chose, not what
 * the reader holds. The figure is not exact either way: what becomes live and dies between two collections
 * is missed (the larger the file, the more collections sample the read), and after a young collection the
 * old generation may still count objects that died there since the last full collection.
 */
public final class IntakeBenchmark {

    static final int[] SIZES = {1_000, 10_000, 100_000};
    static final int RUNS = 3;
    static final long WARM_UP = TimeUnit.SECONDS.toNanos(2);
    static final List<String> CHILD_JVM = List.of("-Xmx2g", "-XX:+UseG1GC");

    private static final String CHILD = "--child";
    private static final String RUN = "run";
    private static final double MB = 1024 * 1024;
    private static final String UNIT = "H_VANLAM";
    private static final String PERIOD = "2015-H2";
    private static final int FIRST_YEAR = 2010;
    private static final int YEARS = 6;
    private static final String INDICATORS = "Chỉ tiêu";

    private IntakeBenchmark() {
    }

    /** The two ways of reading a workbook that are compared. */
    enum Reader {
        STREAMING {
            @Override
            Object read(Path file, int rows) {
                Intake intake = new WorkbookReader(new BenchCodes(), ReadLimits.REPORT.withRows(rows))
                        .read(file, file.getFileName().toString());
                int values = intake.report().map(ReportData::values).map(List::size).orElse(-1);
                if (values != rows || !intake.problems().isEmpty()) {
                    throw new IllegalStateException(values + " values of " + rows + ", problems " + intake.problems());
                }
                return intake;
            }
        },
        DOM {
            @Override
            Object read(Path file, int rows) throws Exception {
                // what new XSSFWorkbook(file) does, but read-only: a read-write package writes itself back
                // to the file on close
                XSSFWorkbook workbook = new XSSFWorkbook(OPCPackage.open(file.toFile(), PackageAccess.READ));
                Sheet sheet = workbook.getSheet(INDICATORS);
                long cells = 0;
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        cells += switch (cell.getCellType()) {
                            case NUMERIC -> cell.getNumericCellValue() >= 0 ? 1 : 0;
                            case STRING -> cell.getStringCellValue().isEmpty() ? 0 : 1;
                            default -> 0;
                        };
                    }
                }
                if (sheet.getLastRowNum() != rows || cells < 5L * rows) {
                    throw new IllegalStateException(cells + " cells in " + sheet.getLastRowNum() + " rows");
                }
                return workbook;
            }
        };

        /** Reads the file; what it returns is what the reader holds at the end (closed by the caller). */
        abstract Object read(Path file, int rows) throws Exception;

        String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * One measured read: wall time, and above the idle heap the peak live heap and the heap still live at the
     * end, held by what the reader returned.
     */
    record Run(long nanos, long peakBytes, long keptBytes) {

        /** The lowest of each figure, each on its own. */
        static Run best(List<Run> runs) {
            return new Run(runs.stream().mapToLong(Run::nanos).min().orElseThrow(),
                    runs.stream().mapToLong(Run::peakBytes).min().orElseThrow(),
                    runs.stream().mapToLong(Run::keptBytes).min().orElseThrow());
        }

        double millis() {
            return nanos / 1e6;
        }

        double peakMegabytes() {
            return peakBytes / MB;
        }

        double keptMegabytes() {
            return keptBytes / MB;
        }
    }

    /** The best runs of both readers for one size. */
    record Result(int rows, long fileBytes, Run streaming, Run dom) {

        String tableRow() {
            return String.format(Locale.ROOT, "| %,d | %,.0f | %.1f | %.1f | %.1f | %.1f | %.0f | %.0f | %.1f |",
                    rows, fileBytes / 1024.0, streaming.peakMegabytes(), streaming.keptMegabytes(),
                    dom.peakMegabytes(), dom.peakMegabytes() / streaming.peakMegabytes(), streaming.millis(),
                    dom.millis(), dom.millis() / streaming.millis());
        }
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals(CHILD)) {
            child(Reader.valueOf(args[1]), Path.of(args[2]), Integer.parseInt(args[3]));
            return;
        }
        Path dir = Files.createTempDirectory("intake-bench");
        try {
            List<Result> results = new ArrayList<>();
            for (int rows : SIZES) {
                Path file = write(dir.resolve("report-" + rows + ".xlsx"), rows);
                Run streaming = Run.best(measure(Reader.STREAMING, file, rows));
                Run dom = Run.best(measure(Reader.DOM, file, rows));
                results.add(new Result(rows, Files.size(file), streaming, dom));
            }
            System.out.printf(Locale.ROOT, "%n%s, %d cores, %s %s, child JVM %s, best of %d runs%n%n",
                    LocalDate.now(), Runtime.getRuntime().availableProcessors(),
                    System.getProperty("java.vm.name"), System.getProperty("java.version"),
                    String.join(" ", CHILD_JVM), RUNS);
            System.out.println("| N | file KB | streaming peak MB | streaming result MB | DOM peak MB"
                    + " | DOM/streaming | streaming ms | DOM ms | DOM/streaming |");
            System.out.println("|--:|--:|--:|--:|--:|--:|--:|--:|--:|");
            results.forEach(result -> System.out.println(result.tableRow()));
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }

    /** Runs one child JVM for the reader and file and returns its measured runs. */
    private static List<Run> measure(Reader reader, Path file, int rows) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(CHILD_JVM);
        command.addAll(List.of("-cp", classPath(), IntakeBenchmark.class.getName(),
                CHILD, reader.name(), file.toString(), String.valueOf(rows)));
        System.err.printf(Locale.ROOT, "%s, %,d rows ...%n", reader.label(), rows);
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        List<Run> runs = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                String[] fields = line.split(" ");
                if (fields.length == 4 && fields[0].equals(RUN)) {
                    runs.add(new Run(Long.parseLong(fields[1]), Long.parseLong(fields[2]), Long.parseLong(fields[3])));
                }
            }
        }
        if (process.waitFor() != 0 || runs.size() != RUNS) {
            throw new IllegalStateException(reader + " on " + rows + " rows failed (exit " + process.exitValue() + ")");
        }
        return runs;
    }

    /**
     * The test classpath. exec:java runs this class in Maven's JVM, in a class loader of its own: there
     * java.class.path is Maven's, and the loader's URLs are the project's.
     */
    private static String classPath() {
        if (IntakeBenchmark.class.getClassLoader() instanceof URLClassLoader loader) {
            return Arrays.stream(loader.getURLs()).map(url -> {
                try {
                    return Path.of(url.toURI()).toString();
                } catch (URISyntaxException e) {
                    throw new IllegalArgumentException(url.toString(), e);
                }
            }).collect(Collectors.joining(File.pathSeparator));
        }
        return System.getProperty("java.class.path");
    }

    /** In the child JVM: warms the reader up, then prints a line {@code run <nanos> <peak> <kept>} per run. */
    private static void child(Reader reader, Path file, int rows) throws Exception {
        long warmUntil = System.nanoTime() + WARM_UP;
        do {
            close(reader.read(file, rows));
        } while (System.nanoTime() < warmUntil);
        LiveHeap heap = new LiveHeap();
        for (int i = 0; i < RUNS; i++) {
            long idle = heap.collect();
            heap.reset();
            long start = System.nanoTime();
            Object kept = reader.read(file, rows);
            long nanos = System.nanoTime() - start;
            long end = heap.collect();
            Reference.reachabilityFence(kept);
            close(kept);
            System.out.println(RUN + " " + nanos + " " + (heap.peak() - idle) + " " + (end - idle));
        }
    }

    private static void close(Object kept) throws Exception {
        if (kept instanceof AutoCloseable closeable) {
            closeable.close();
        }
    }

    /** Heap in use right after each garbage collection, as the JVM reports it; the highest since a reset. */
    private static final class LiveHeap implements NotificationListener {

        private final Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName)
                .collect(Collectors.toSet());
        private final List<GarbageCollectorMXBean> collectors = ManagementFactory.getGarbageCollectorMXBeans();
        private final AtomicLong notified = new AtomicLong();
        private final AtomicLong last = new AtomicLong();
        private final AtomicLong peak = new AtomicLong();
        private final long collectionsBefore;

        LiveHeap() {
            collectors.forEach(gc -> ((NotificationEmitter) gc).addNotificationListener(this, null, null));
            collectionsBefore = collections();
        }

        @Override
        public void handleNotification(Notification notification, Object handback) {
            if (!notification.getType().equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
                return;
            }
            long used = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData())
                    .getGcInfo().getMemoryUsageAfterGc().entrySet().stream()
                    .filter(pool -> heapPools.contains(pool.getKey()))
                    .mapToLong(pool -> pool.getValue().getUsed()).sum();
            last.set(used);
            peak.accumulateAndGet(used, Math::max);
            notified.incrementAndGet();
        }

        void reset() {
            peak.set(0);
        }

        long peak() {
            return peak.get();
        }

        /**
         * Forces a full collection, waits until every collection so far has been notified (notifications
         * come on a JVM thread of their own) and returns the heap in use after it.
         */
        long collect() throws InterruptedException {
            System.gc();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (notified.get() < collections() - collectionsBefore) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("garbage collections were not notified");
                }
                Thread.sleep(1);
            }
            return last.get();
        }

        private long collections() {
            return collectors.stream().mapToLong(GarbageCollectorMXBean::getCollectionCount).sum();
        }
    }

    /** Writes a valid report whose "Chỉ tiêu" has {@code rows} value rows, streaming it to the file. */
    static Path write(Path file, int rows) {
        SXSSFWorkbook workbook = new SXSSFWorkbook(null, 100, true, true);
        try (workbook; OutputStream out = Files.newOutputStream(file)) {
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
            Sheet info = workbook.createSheet("Thông tin");
            List<Object> values = List.of(UNIT, "Huyện Văn Lâm", PERIOD, LocalDate.of(2016, 1, 10), "Nguyễn Văn A");
            for (int i = 0; i < values.size(); i++) {
                row(info, i, date, WorkbookBuilder.INFO_LABELS.get(i), values.get(i));
            }
            Sheet indicators = workbook.createSheet(INDICATORS);
            row(indicators, 0, date, WorkbookBuilder.INDICATOR_HEADERS.toArray());
            for (int i = 0; i < rows; i++) {
                int numerator = i % 1000;
                row(indicators, i + 1, date, BenchCodes.indicator(i / YEARS), FIRST_YEAR + i % YEARS,
                        numerator, 1000, numerator / 10.0, i % 10 == 0 ? "Số liệu ước tính" : null);
            }
            Sheet deliverables = workbook.createSheet("Nhiệm vụ");
            row(deliverables, 0, date, WorkbookBuilder.DELIVERABLE_HEADERS.toArray());
            row(deliverables, 1, date, "PL01", "Hoàn thành", LocalDate.of(2015, 3, 1), "45/KH-UBND");
            workbook.write(out);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            workbook.dispose();
        }
    }

    /** One row from column A; null leaves the cell out. */
    private static void row(Sheet sheet, int index, CellStyle date, Object... cells) {
        Row row = sheet.createRow(index);
        for (int col = 0; col < cells.length; col++) {
            Object value = cells[col];
            if (value instanceof String text) {
                row.createCell(col).setCellValue(text);
            } else if (value instanceof Number number) {
                row.createCell(col).setCellValue(number.doubleValue());
            } else if (value instanceof LocalDate day) {
                Cell cell = row.createCell(col);
                cell.setCellValue(day);
                cell.setCellStyle(date);
            }
        }
    }

    /** The codes the benchmark's workbooks use: H_VANLAM, IND_00000 to IND_99999, PL01. */
    static final class BenchCodes implements KnownCodes {

        private static final Pattern INDICATOR = Pattern.compile("IND_\\d{5}");

        static String indicator(int number) {
            return String.format(Locale.ROOT, "IND_%05d", number);
        }

        @Override
        public boolean isUnit(String code) {
            return code.equals(UNIT);
        }

        @Override
        public boolean isIndicator(String code) {
            return INDICATOR.matcher(code).matches();
        }

        @Override
        public boolean isDeliverable(String code) {
            return code.equals("PL01");
        }
    }
}
