package vn.hungyen.xhht.samples;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.UnsupportedFileFormatException;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The content of a file as text: every cell of a workbook with its type, value and format, and the core
 * properties; a file that is no workbook, as its text. Two files with the same dump hold the same report,
 * however the zip around it was compressed.
 */
final class WorkbookDump {

    private WorkbookDump() {
    }

    static String of(Path file) {
        try (Workbook workbook = new XSSFWorkbook(file.toFile())) {
            StringBuilder out = new StringBuilder();
            POIXMLProperties.CoreProperties core = ((XSSFWorkbook) workbook).getProperties().getCoreProperties();
            out.append("created ").append(core.getCreated()).append(", by ").append(core.getCreator()).append('\n');
            for (Sheet sheet : workbook) {
                out.append("[").append(sheet.getSheetName()).append("]\n");
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        out.append(cell.getAddress()).append(' ').append(describe(cell)).append('\n');
                    }
                }
            }
            return out.toString();
        } catch (InvalidFormatException | UnsupportedFileFormatException | POIXMLException e) {
            return text(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String describe(Cell cell) {
        String format = cell.getCellStyle() == null ? "" : cell.getCellStyle().getDataFormatString();
        String shown = switch (cell.getCellType()) {
            case FORMULA -> "=" + cell.getCellFormula() + " -> " + cached(cell);
            case NUMERIC -> String.valueOf(cell.getNumericCellValue());
            case STRING -> '"' + cell.getStringCellValue() + '"';
            case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
            default -> cell.getCellType().name();
        };
        return shown + ("General".equals(format) ? "" : "  {" + format + "}");
    }

    private static String cached(Cell cell) {
        return cell.getCachedFormulaResultType() == CellType.NUMERIC ? String.valueOf(cell.getNumericCellValue())
                : cell.getCachedFormulaResultType().name();
    }

    private static String text(Path file) {
        try {
            return "not a workbook:\n" + Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
