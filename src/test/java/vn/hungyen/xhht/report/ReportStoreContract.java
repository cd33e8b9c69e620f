package vn.hungyen.xhht.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.hungyen.xhht.intake.DeliverableEntry;
import vn.hungyen.xhht.intake.Intake;
import vn.hungyen.xhht.intake.Problem;
import vn.hungyen.xhht.intake.ReportData;
import vn.hungyen.xhht.intake.Source;
import vn.hungyen.xhht.plan.Period;
import vn.hungyen.xhht.testing.Database;
import vn.hungyen.xhht.testing.WorkbookBuilder;
import vn.hungyen.xhht.unit.RuleBook;

/** Storing uploaded workbooks: whole or not at all, once per content, every version kept. */
abstract class ReportStoreContract {

    @Autowired
    ReportIntake intake;
    @Autowired
    StoredReports stored;
    @Autowired
    ReportRepository repository;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    RuleBook rules;
    @Autowired
    Flyway flyway;

    @TempDir
    Path dir;

    @BeforeEach
    void newInstallation() {
        Database.reset(jdbc, rules);
    }

    @Test
    void theMigrationsApplied() throws IOException {
        // (on PostgreSQL, Flyway also records that it created the schema: an entry without a version)
        assertThat(Arrays.stream(flyway.info().applied()).filter(m -> m.getVersion() != null))
                .extracting(m -> m.getVersion().getVersion(), m -> m.getState().isApplied())
                .containsExactlyElementsOf(migrationsInTheSources().stream().map(v -> tuple(v, true)).toList());
        assertThat(flyway.info().pending()).isEmpty();
        assertThat(Database.rowCounts(jdbc)).containsOnly(0L);
    }

    /** The versions of src/main/resources/db/migration, in order: V2__x.sql is "2". */
    private static List<String> migrationsInTheSources() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/migration"))) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.matches("V\\d+__.*\\.sql"))
                    .map(n -> n.substring(1, n.indexOf("__"))).sorted(Comparator.comparingInt(Integer::parseInt))
                    .toList();
        }
    }

    @Test
    void aStoredReportReadsBackAsExactlyTheIntakeTheReaderGave() throws IOException {
        Path file = WorkbookBuilder.report("H_VANLAM", "6 tháng cuối năm 2015", LocalDate.of(2015, 12, 20))
                .unitName("UBND huyện Văn Lâm").preparedBy("Nguyễn Văn A")
                .indicator("LIT_15_60", 2015, 99.5)
                .indicator("CM_PROF_STD", 2015, 95, 100, null)                      // from the counts
                .indicator("RURAL_CLC", 2015, null, null, WorkbookBuilder.percent(0.614), "ghi chú")
                .indicator("LIT_15_35", 2015, null, null, "99,9x")                   // BAD_NUMBER
                .indicator("NO_SUCH", 2015, 99.0)                                    // UNKNOWN_INDICATOR
                .indicator("LIT_15_60", 2015, 99.9)                                  // DUPLICATE_ROW
                .deliverable("PL02", "Hoàn thành", LocalDate.of(2013, 9, 20), "12/QĐ-UBND", "đúng hạn")
                .deliverable("PL03", "DONE", LocalDate.of(2013, 11, 2), null)
                .deliverable("HU_CLC_FUNDING", "Đang thực hiện", null, null)
                .deliverable("TD_SURVEY", "Hoàn thành", null, null)                  // DONE_WITHOUT_DATE
                .write(dir.resolve("vanlam.xlsx"));
        Intake read = rules.reader().read(file, "2015-H2/vanlam.xlsx");
        assertThat(read.problems()).extracting(p -> p.problem())
                .contains(Problem.BAD_NUMBER, Problem.UNKNOWN_INDICATOR, Problem.DUPLICATE_ROW, Problem.DONE_WITHOUT_DATE);

        StoreResult result = intake.store(new IncomingFile("2015-H2/vanlam.xlsx", Files.readAllBytes(file)), Dating.STATED);

        assertThat(result.outcome()).isEqualTo(Outcome.STORED);
        assertThat(result.problems()).isEqualTo(read.problems());
        // as the reader gave it, and how it came: stored with its written date, so no day received dates it
        Intake back = stored.intake(result.reportId()).orElseThrow().intake();
        assertThat(back.withReceipt(null)).isEqualTo(read);
        assertThat(back.receipt().receivedOn()).isNull();
        assertThat(stored.intakes()).extracting(s -> s.intake().withReceipt(null)).containsExactly(read);
    }

    @Test
    void aSampleReportReadsBackExactly() throws IOException {
        Path sample = Path.of("sample-reports/2017-H2/h-vanlam-2017-H2.xlsx");
        Assumptions.assumeTrue(Files.isRegularFile(sample), "no sample reports yet");
        Intake read = rules.reader().read(sample, "h-vanlam-2017-H2.xlsx");
        StoreResult result = intake.store(new IncomingFile("h-vanlam-2017-H2.xlsx", Files.readAllBytes(sample)), Dating.STATED);
        assertThat(stored.intake(result.reportId()).orElseThrow().intake().withReceipt(null)).isEqualTo(read);
    }

    @Test
    void theSameBytesAreStoredOnce() throws IOException {
        byte[] bytes = bytes(report("H_VANLAM", "2015-H2", LocalDate.of(2015, 12, 10)));
        StoreResult first = intake.store(new IncomingFile("a.xlsx", bytes), Dating.STATED);
        List<Long> counts = Database.rowCounts(jdbc);

        StoreResult again = intake.store(new IncomingFile("renamed.xlsx", bytes), Dating.STATED);

        assertThat(again.outcome()).isEqualTo(Outcome.DUPLICATE);
        assertThat(again.reportId()).isEqualTo(first.reportId());
        assertThat(again.unit()).isEqualTo("H_VANLAM");
        assertThat(Database.rowCounts(jdbc)).isEqualTo(counts);
        assertThat(stored.find(first.reportId()).orElseThrow().sha256())
                .isEqualTo(ReportIntake.sha256(bytes)).hasSize(64);
    }

    @Test
    void theReportSubmittedLastCountsAndEveryVersionIsKept() throws IOException {
        StoreResult v1 = store("v1.xlsx", report("SO_NV", "2015-H2", LocalDate.of(2015, 12, 10)));
        StoreResult v2 = store("v2.xlsx", report("SO_NV", "2015-H2", LocalDate.of(2015, 12, 14)));
        StoreResult v0 = store("v0.xlsx", report("SO_NV", "2015-H2", LocalDate.of(2015, 12, 1)));
        StoreResult other = store("other.xlsx", report("SO_NV", "2015-H1", LocalDate.of(2015, 6, 1)));

        assertThat(v1.outcome()).isEqualTo(Outcome.STORED);
        assertThat(v2.outcome()).isEqualTo(Outcome.SUPERSEDES);
        assertThat(v2.otherReportId()).isEqualTo(v1.reportId());
        assertThat(v0.outcome()).isEqualTo(Outcome.SUPERSEDED);
        assertThat(v0.otherReportId()).isEqualTo(v2.reportId());
        assertThat(other.outcome()).isEqualTo(Outcome.STORED);
        assertThat(stored.versions("SO_NV", Period.of("2015-H2"))).extracting(StoredReport::id)
                .containsExactly(v2.reportId(), v1.reportId(), v0.reportId());
        assertThat(stored.versions("SO_NV", Period.of("2015-H2"))).extracting(StoredReport::current)
                .containsExactly(true, false, false);
        assertThat(stored.find(other.reportId()).orElseThrow().current()).isTrue();
    }

    @Test
    void aTieOnTheDayGoesToTheLaterUpload() throws IOException {
        // catalog reading 13: the web application keeps the version it received later, whatever its name
        LocalDate day = LocalDate.of(2015, 12, 10);
        StoreResult b = store("b.xlsx", report("SO_NV", "2015-H2", day));
        StoreResult a = store("a.xlsx", report("SO_NV", "2015-H2", day).preparedBy("X"));
        StoreResult b2 = store("b.xlsx", report("SO_NV", "2015-H2", day).preparedBy("Y"));

        assertThat(a.outcome()).isEqualTo(Outcome.SUPERSEDES);
        assertThat(a.otherReportId()).isEqualTo(b.reportId());
        assertThat(b2.outcome()).isEqualTo(Outcome.SUPERSEDES);
        assertThat(stored.versions("SO_NV", Period.of("2015-H2"))).extracting(StoredReport::id)
                .containsExactly(b2.reportId(), a.reportId(), b.reportId());
    }

    @Test
    void aFileThatGivesNoReportIsNotStoredAtAll() throws IOException {
        List<IncomingFile> files = List.of(
                new IncomingFile("notes.xlsx", "not a workbook".getBytes()),
                new IncomingFile("empty.xlsx", new byte[0]),
                new IncomingFile("no-info.xlsx", bytes(WorkbookBuilder.workbook().indicator("LIT_15_60", 2015, 99.9))),
                new IncomingFile("unknown-unit.xlsx", bytes(report("H_NOWHERE", "2015-H2", LocalDate.of(2015, 12, 1))
                        .indicator("LIT_15_60", 2015, 99.9))),
                new IncomingFile("bad-period.xlsx", bytes(report("H_VANLAM", "2015-H3", LocalDate.of(2015, 12, 1)))),
                new IncomingFile("no-date.xlsx", bytes(WorkbookBuilder.workbook().unit("H_VANLAM").period("2015-H2"))));

        List<StoreResult> results = files.stream().map(f -> intake.store(f, Dating.STATED)).toList();

        assertThat(results).allSatisfy(r -> {
            assertThat(r.outcome()).isEqualTo(Outcome.REJECTED);
            assertThat(r.reportId()).isNull();
            assertThat(r.problems()).isNotEmpty().allSatisfy(p -> assertThat(p.source().file()).isEqualTo(r.file()));
        });
        assertThat(results).extracting(r -> r.problems().get(0).problem()).containsExactly(Problem.NOT_A_WORKBOOK,
                Problem.NOT_A_WORKBOOK, Problem.NO_INFO_SHEET, Problem.UNKNOWN_UNIT, Problem.BAD_PERIOD,
                Problem.REQUIRED_EMPTY);
        assertThat(Database.rowCounts(jdbc)).containsOnly(0L);
    }

    @Test
    void aStoreThatFailsHalfwayLeavesNothingBehind() {
        ReportData broken = new ReportData("broken.xlsx", "H_VANLAM", null, Period.of("2015-H2"),
                LocalDate.of(2015, 12, 1), null, new Source("broken.xlsx", "Thông tin", "B4"), List.of(),
                List.of(new DeliverableEntry("PL02", null, null, null, null, null, null, null)));

        assertThatThrownBy(() -> repository.store(broken, List.of(), "0".repeat(64), 1, OffsetDateTime.now(), null))
                .isInstanceOf(NullPointerException.class);

        assertThat(Database.rowCounts(jdbc)).containsOnly(0L);
    }

    private static WorkbookBuilder report(String unit, String period, LocalDate submittedOn) {
        return WorkbookBuilder.report(unit, period, submittedOn);
    }

    private StoreResult store(String name, WorkbookBuilder workbook) throws IOException {
        return intake.store(new IncomingFile(name, bytes(workbook)), Dating.STATED);
    }

    private byte[] bytes(WorkbookBuilder workbook) throws IOException {
        Path file = workbook.write(Files.createTempFile(dir, "wb", ".xlsx"));
        return Files.readAllBytes(file);
    }
}
