package vn.hungyen.xhht.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkbookBuilderTest {

    @TempDir
    Path dir;

    @Test
    void writesTheContractLayoutAndEveryKindOfCell() throws IOException {
        WorkbookBuilder builder = WorkbookBuilder.report("H_VANLAM", "2015-H2", LocalDate.of(2016, 1, 10))
                .indicator("LIT_15_60", 2015, 99.8)
                .indicator("OFF_IT", 2015, 45, 50, WorkbookBuilder.formula("C3/D3*100"))
                .deliverable("PL01", "Hoàn thành", LocalDate.of(2015, 3, 1), "45/KH-UBND");
        WorkbookBuilder.SheetBuilder indicators = builder.indicatorSheet().emptyRow();
        assertThat(indicators.nextExcelRow()).isEqualTo(5);
        indicators.row("WRK_IT_FL", 2015, null, null, WorkbookBuilder.percent(0.35), WorkbookBuilder.blank());

        Path file = builder.write(dir.resolve("sub/f.xlsx"));

        try (Workbook workbook = WorkbookFactory.create(file.toFile())) {
            assertThat(workbook.getSheetName(0)).isEqualTo("Thông tin");
            Sheet info = workbook.getSheet("Thông tin");
            assertThat(info.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Mã đơn vị");
            assertThat(info.getRow(2).getCell(1).getLocalDateTimeCellValue().toLocalDate())
                    .isEqualTo(LocalDate.of(2016, 1, 10));
            assertThat(DateUtil.isCellDateFormatted(info.getRow(2).getCell(1))).isTrue();

            Sheet values = workbook.getSheet("Chỉ tiêu");
            assertThat(values.getRow(0).getCell(4).getStringCellValue()).isEqualTo("Giá trị (%)");
            assertThat(values.getRow(1).getCell(2)).isNull();
            assertThat(values.getRow(2).getCell(4).getCellType()).isEqualTo(CellType.FORMULA);
            assertThat(values.getRow(2).getCell(4).getNumericCellValue()).isEqualTo(90.0);
            assertThat(values.getRow(3)).isNull();
            assertThat(values.getRow(4).getCell(4).getCellStyle().getDataFormatString()).isEqualTo("0.0%");
            assertThat(values.getRow(4).getCell(5).getCellType()).isEqualTo(CellType.BLANK);

            assertThat(workbook.getSheet("Nhiệm vụ").getRow(1).getCell(3).getStringCellValue())
                    .isEqualTo("45/KH-UBND");
        }
    }

    @Test
    void writesEnglishNames() throws IOException {
        Path file = WorkbookBuilder.workbook().english().unit("SO_GDDT").indicator("OFF_IT", 2015, 1)
                .deliverable("PL01", "DONE", null, null).write(dir.resolve("e.xlsx"));

        try (Workbook workbook = WorkbookFactory.create(file.toFile())) {
            assertThat(workbook.getSheet("Info").getRow(0).getCell(0).getStringCellValue()).isEqualTo("Unit code");
            assertThat(workbook.getSheet("Indicators").getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("Indicator");
            assertThat(workbook.getSheet("Deliverables").getRow(0).getCell(1).getStringCellValue())
                    .isEqualTo("Status");
        }
    }
}
