package vn.hungyen.xhht.intake;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** A workbook loaded whole by POI's usermodel: the benchmark's naive peer (see WorkbookReader#usermodel). */
final class UsermodelWorkbook implements WorkbookSource {

    private final XSSFWorkbook workbook;
    private final boolean date1904;

    private UsermodelWorkbook(XSSFWorkbook workbook) {
        this.workbook = workbook;
        this.date1904 = workbook.isDate1904();
    }

    static UsermodelWorkbook open(Path file) throws Exception {
        // read-only: a package opened read-write writes itself back to the file on close
        return new UsermodelWorkbook(new XSSFWorkbook(OPCPackage.open(file.toFile(), PackageAccess.READ)));
    }

    @Override
    public List<String> sheetNames() {
        List<String> names = new ArrayList<>();
        workbook.forEach(sheet -> names.add(sheet.getSheetName()));
        return names;
    }

    @Override
    public Grid sheet(int index) {
        var sheet = workbook.getSheetAt(index);
        return new Grid(sheet.getSheetName(),
                () -> StreamSupport.stream(sheet.spliterator(), false).map(this::row).iterator());
    }

    private SheetRow row(Row row) {
        List<SheetCell> cells = new ArrayList<>();
        row.forEach(cell -> cells.add(cell(cell)));
        return new SheetRow(row.getRowNum(), cells);
    }

    private SheetCell cell(Cell cell) {
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        String format = cell.getCellStyle().getDataFormatString();
        int column = cell.getColumnIndex();
        return switch (type) {
            case NUMERIC -> new SheetCell(column, SheetCell.Kind.NUMERIC, null, cell.getNumericCellValue(), format,
                    date1904);
            case STRING -> new SheetCell(column, SheetCell.Kind.STRING, cell.getStringCellValue(), 0, format, date1904);
            case BOOLEAN -> new SheetCell(column, SheetCell.Kind.BOOLEAN,
                    cell.getBooleanCellValue() ? "TRUE" : "FALSE", 0, format, date1904);
            case ERROR -> new SheetCell(column, SheetCell.Kind.ERROR,
                    FormulaError.forInt(cell.getErrorCellValue()).getString(), 0, format, date1904);
            default -> new SheetCell(column, SheetCell.Kind.BLANK, null, 0, format, date1904);
        };
    }

    @Override
    public void close() throws IOException {
        workbook.close();
    }
}
