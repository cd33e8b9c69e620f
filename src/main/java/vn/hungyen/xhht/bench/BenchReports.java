package vn.hungyen.xhht.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.hungyen.xhht.engine.Duty;
import vn.hungyen.xhht.engine.PlanObligations;
import vn.hungyen.xhht.engine.Target;
import vn.hungyen.xhht.engine.TargetKind;
import vn.hungyen.xhht.plan.Period;
import vn.hungyen.xhht.plan.Status;
import vn.hungyen.xhht.plan.Unit;
import vn.hungyen.xhht.plan.UnitKind;
import vn.hungyen.xhht.plan.UnitRegister;

/**
 * N report workbooks shaped like sample-reports/ (the contract's three sheets, the rows a unit owes for the
 * period, counts and values, Vietnamese labels, dates as Excel dates), for a province grown to national
 * scale: the register's units and, to reach N, copies of its districts ("H_VANLAM_0042"), each reporting
 * every period 2013-H2..2020-H2. Values vary around the targets; about one report in four breaches something
 * (a value below target, a late report, an undocumented or missing deliverable), one in fifty is sent again
 * in a corrected version, one in a hundred has a cell that cannot be read. The same seed gives the same files.
 */
final class BenchReports {

    static final List<Period> PERIODS = Period.range(Period.of("2013-H2"), Period.of("2020-H2"));
    private static final List<String> INDICATOR_HEADERS =
            List.of("Mã chỉ tiêu", "Năm", "Tử số", "Mẫu số", "Giá trị (%)", "Ghi chú");
    private static final List<String> DELIVERABLE_HEADERS =
            List.of("Mã nhiệm vụ", "Trạng thái", "Ngày hoàn thành", "Số văn bản", "Ghi chú");
    private static final Map<Status, String> STATUS = Map.of(Status.DONE, "Hoàn thành",
            Status.IN_PROGRESS, "Đang thực hiện", Status.NOT_STARTED, "Chưa thực hiện");

    /** A copy of a real unit, judged by the same rules because the rules select districts by kind. */
    record Copy(Unit unit, Unit original) {
    }

    private final UnitRegister register;
    private final List<Copy> units;
    private final PlanObligations obligations;
    private final Map<String, List<Target>> targets = new ConcurrentHashMap<>();
    private final Map<String, List<Duty>> duties = new ConcurrentHashMap<>();

    /** Enough units for {@code reports} reports; {@code obligations} are those of the real register. */
    BenchReports(UnitRegister real, PlanObligations obligations, int reports) {
        this.obligations = obligations;
        List<Copy> all = new ArrayList<>();
        real.all().forEach(u -> all.add(new Copy(u, u)));
        List<Unit> districts = real.all().stream().filter(u -> u.kind() == UnitKind.DISTRICT).toList();
        int needed = (reports + PERIODS.size() - 1) / PERIODS.size();
        for (int i = 0; all.size() < needed; i++) {
            Unit d = districts.get(i % districts.size());
            String n = String.format("%04d", i + 1);
            all.add(new Copy(new Unit(d.code() + "_" + n, d.name() + " " + n, d.nameEn() + " " + n, d.kind()), d));
        }
        this.units = List.copyOf(all);
        this.register = new UnitRegister(all.stream().map(Copy::unit).toList());
    }

    /** The register with the copies, for the rule pack that judges the files. */
    UnitRegister register() {
        return register;
    }

    /** Writes {@code n} workbooks under {@code dir}, one folder per period, on {@code pool}. */
    void write(Path dir, int n, ForkJoinPool pool) {
        pool.submit(() -> IntStream.range(0, n).parallel().forEach(i -> write(dir, i))).join();
    }

    private void write(Path dir, int i) {
        SplittableRandom random = new SplittableRandom(i * 7919L + 17);
        boolean resent = i % 50 == 49;
        int slot = resent ? i - 1 : i;
        Copy copy = units.get(slot / PERIODS.size() % units.size());
        Period period = PERIODS.get(slot % PERIODS.size());
        boolean breaching = random.nextInt(4) == 0;
        Path file = dir.resolve(period.code()).resolve(copy.unit().code().toLowerCase() + "-" + period.code()
                + (resent ? "-v2" : "") + ".xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
            LocalDate deadline = period.half() == 1 ? period.day(6, 15) : period.day(12, 15);
            LocalDate submitted = breaching && random.nextInt(3) == 0 ? deadline.plusDays(1 + random.nextInt(20))
                    : deadline.minusDays(random.nextInt(25));
            info(workbook.createSheet("Thông tin"), copy.unit(), period, resent ? submitted.plusDays(3) : submitted,
                    date);
            indicators(workbook.createSheet("Chỉ tiêu"), owedTargets(copy, period), breaching, i % 100 == 42, random);
            deliverables(workbook.createSheet("Nhiệm vụ"), owedDuties(copy, period), period, breaching, random, date);
            Files.createDirectories(file.getParent());
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<Target> owedTargets(Copy copy, Period period) {
        return targets.computeIfAbsent(copy.original().code() + "/" + period,
                k -> obligations.indicatorsOwed(copy.original().code(), period));
    }

    private List<Duty> owedDuties(Copy copy, Period period) {
        return duties.computeIfAbsent(copy.original().code() + "/" + period,
                k -> obligations.deliverablesOwed(copy.original().code(), period));
    }

    private static void info(Sheet sheet, Unit unit, Period period, LocalDate submitted, CellStyle date) {
        row(sheet, 0, "Mã đơn vị", unit.code());
        row(sheet, 1, "Tên đơn vị", unit.name());
        row(sheet, 2, "Kỳ báo cáo", period.code());
        Row row = row(sheet, 3, "Ngày gửi");
        row.createCell(1).setCellValue(submitted);
        row.getCell(1).setCellStyle(date);
        row(sheet, 4, "Người lập", "Nguyễn Văn An");
    }

    private static void indicators(Sheet sheet, List<Target> owed, boolean breaching, boolean unreadable,
                                   SplittableRandom random) {
        row(sheet, 0, INDICATOR_HEADERS.toArray(String[]::new));
        int r = 1;
        for (Target t : owed) {
            double value = value(t, breaching && random.nextInt(3) == 0, random);
            long denominator = 1_000 + random.nextInt(50_000);
            long numerator = Math.round(value * denominator / 100);
            Row row = row(sheet, r++, t.indicator());
            row.createCell(1).setCellValue(t.year());
            row.createCell(2).setCellValue(numerator);
            row.createCell(3).setCellValue(denominator);
            if (unreadable && r == 3) {
                row.createCell(4).setCellValue("khoảng " + Math.round(value));
            } else {
                row.createCell(4).setCellValue(Math.round(numerator * 10_000.0 / denominator) / 100.0);
            }
            if (random.nextInt(5) == 0) {
                row.createCell(5).setCellValue("Số liệu điều tra tháng 11");
            }
        }
    }

    private static double value(Target t, boolean miss, SplittableRandom random) {
        double margin = 0.5 + random.nextDouble() * 10;
        double value = switch (t.kind()) {
            case AT_LEAST, ABOVE -> miss ? t.threshold() - margin : t.threshold() + margin;
            case AT_MOST -> miss ? t.threshold() + margin : t.threshold() - margin;
            // a gap written as counts cannot be negative: the bench keeps to the positive side
            case WITHIN -> miss ? t.threshold() + margin : t.threshold() * random.nextDouble();
            case RISES -> 40 + (t.year() - 2012) * 5 + (miss ? -margin : margin);
        };
        return t.kind() == TargetKind.RISES || value <= 100 ? Math.max(0, Math.min(100, value)) : 100;
    }

    private static void deliverables(Sheet sheet, List<Duty> owed, Period period, boolean breaching,
                                     SplittableRandom random, CellStyle date) {
        row(sheet, 0, DELIVERABLE_HEADERS.toArray(String[]::new));
        int r = 1;
        for (Duty d : owed) {
            if (breaching && random.nextInt(8) == 0) {
                continue;
            }
            Status status = random.nextInt(10) < 8 ? Status.DONE
                    : random.nextBoolean() ? Status.IN_PROGRESS : Status.NOT_STARTED;
            Row row = row(sheet, r++, d.deliverable(), STATUS.get(status));
            if (status == Status.DONE) {
                LocalDate done = d.due() != null && d.due().isBefore(period.end()) && !breaching
                        ? d.due().minusDays(random.nextInt(30)) : period.end().minusDays(random.nextInt(150));
                row.createCell(2).setCellValue(done);
                row.getCell(2).setCellStyle(date);
                if (!breaching || random.nextInt(4) != 0) {
                    row.createCell(3).setCellValue((10 + random.nextInt(300)) + "/KH-UBND");
                }
            }
        }
    }

    private static Row row(Sheet sheet, int index, String... texts) {
        Row row = sheet.createRow(index);
        for (int c = 0; c < texts.length; c++) {
            row.createCell(c).setCellValue(texts[c]);
        }
        return row;
    }
}
