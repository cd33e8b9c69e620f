package vn.hungyen.xhht.template;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.stream.DoubleStream;
import java.util.stream.IntStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint.ValidationType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.hungyen.xhht.engine.Duty;
import vn.hungyen.xhht.engine.PlanObligations;
import vn.hungyen.xhht.engine.Target;
import vn.hungyen.xhht.engine.TargetKind;
import vn.hungyen.xhht.plan.Period;

/**
 * Fills in a template as a diligent sender would, through the template's own layout: cells found by their
 * label or header, the status taken from the sheet's dropdown. Every value meets its target, every
 * deliverable is done on time with its document, and the report is sent before its deadline.
 */
final class Filler {

    // a value with no minimum to meet ("rises every year") needs only be readable
    private static final double ANY_VALUE = 50.0;
    private static final long DENOMINATOR = 10_000;

    private final PlanObligations obligations;

    Filler(PlanObligations obligations) {
        this.obligations = obligations;
    }

    /** Five days before the 15th of June or December, the report deadlines. */
    static LocalDate onTime(Period period) {
        return period.day(period.half() == 1 ? 6 : 12, 10);
    }

    Path fill(byte[] template, String unit, Period period, Path file) {
        try (XSSFWorkbook workbook = Templates.open(template)) {
            LocalDate sent = onTime(period);
            info(workbook.getSheet(Contract.INFO), sent);
            indicators(workbook.getSheet(Contract.INDICATORS), unit);
            deliverables(workbook.getSheet(Contract.DELIVERABLES), unit, period, sent);
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void info(Sheet sheet, LocalDate sent) {
        for (Row row : sheet) {
            String label = row.getCell(0).getStringCellValue();
            if (label.equals(Contract.SUBMITTED_ON)) {
                row.getCell(1).setCellValue(sent);
            } else if (label.equals(Contract.PREPARED_BY)) {
                row.getCell(1).setCellValue("Nguyễn Thị Lan");
            }
        }
    }

    private void indicators(Sheet sheet, String unit) {
        Map<String, Integer> column = headers(sheet);
        for (Row row : dataRows(sheet)) {
            String code = row.getCell(column.get(Contract.INDICATOR)).getStringCellValue();
            int year = (int) row.getCell(column.get(Contract.YEAR)).getNumericCellValue();
            double value = meeting(obligations.targets().stream()
                    .filter(t -> t.unit().equals(unit) && t.indicator().equals(code) && t.year() == year).toList());
            long numerator = Math.round(value * DENOMINATOR / 100);
            row.getCell(column.get(Contract.NUMERATOR)).setCellValue(numerator);
            row.getCell(column.get(Contract.DENOMINATOR)).setCellValue(DENOMINATOR);
            row.getCell(column.get(Contract.VALUE)).setCellValue(value);
        }
    }

    private void deliverables(XSSFSheet sheet, String unit, Period period, LocalDate sent) {
        Map<String, Integer> column = headers(sheet);
        String done = dropdown(sheet).get(0);
        for (Row row : dataRows(sheet)) {
            String code = row.getCell(column.get(Contract.DELIVERABLE)).getStringCellValue();
            LocalDate due = obligations.deliverablesOwed(unit, period).stream()
                    .filter(d -> d.deliverable().equals(code)).map(Duty::due).filter(Objects::nonNull)
                    .min(Comparator.naturalOrder()).orElse(period.start());
            row.getCell(column.get(Contract.STATUS)).setCellValue(done);
            row.getCell(column.get(Contract.COMPLETED_ON)).setCellValue(due.isBefore(sent) ? due : sent);
            row.getCell(column.get(Contract.DOCUMENT)).setCellValue("12/KH-" + unit);
        }
    }

    /**
     * The highest minimum, else the lowest maximum or band: a value on the boundary meets its target (a gap's
     * band, ± X, is met on +X).
     */
    private static double meeting(List<Target> targets) {
        OptionalDouble minimum = thresholds(targets, TargetKind.AT_LEAST).max();
        return minimum.isPresent() ? minimum.getAsDouble()
                : DoubleStream.concat(thresholds(targets, TargetKind.AT_MOST), thresholds(targets, TargetKind.WITHIN))
                        .min().orElse(ANY_VALUE);
    }

    private static DoubleStream thresholds(List<Target> targets, TargetKind kind) {
        return targets.stream().filter(t -> t.kind() == kind).mapToDouble(Target::threshold);
    }

    /** The choices of the sheet's list validation, in their order. */
    static List<String> dropdown(XSSFSheet sheet) {
        return sheet.getDataValidations().stream()
                .filter(v -> v.getValidationConstraint().getValidationType() == ValidationType.LIST)
                .map(DataValidation::getValidationConstraint)
                .map(c -> List.of(c.getExplicitListValues()))
                .findFirst().orElseThrow();
    }

    static Map<String, Integer> headers(Sheet sheet) {
        Map<String, Integer> columns = new HashMap<>();
        for (Cell cell : sheet.getRow(0)) {
            columns.put(cell.getStringCellValue(), cell.getColumnIndex());
        }
        return columns;
    }

    static List<Row> dataRows(Sheet sheet) {
        return IntStream.rangeClosed(1, sheet.getLastRowNum())
                .mapToObj(sheet::getRow).filter(Objects::nonNull).toList();
    }
}
