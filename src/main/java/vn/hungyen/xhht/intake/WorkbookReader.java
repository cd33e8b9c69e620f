package vn.hungyen.xhht.intake;

import com.github.pjfanning.xlsx.StreamingReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads one report workbook as the contract says (report-template.md §1), streaming its rows so that memory
 * does not grow with the size of a sheet. Whatever the file holds, the answer is an {@link Intake}: what
 * could not be read is in its problems, never thrown.
 */
public final class WorkbookReader {

    private static final Logger LOG = LoggerFactory.getLogger(WorkbookReader.class);
    private static final int ROW_CACHE = 100;
    private static final int BUFFER = 4096;

    private final KnownCodes codes;

    public WorkbookReader(KnownCodes codes) {
        this.codes = codes;
    }

    /** {@code displayName} is how problems and the report name the file, e.g. "vanlam-2015-H2.xlsx". */
    public Intake read(Path file, String displayName) {
        try (Workbook workbook = StreamingReader.builder().rowCacheSize(ROW_CACHE).bufferSize(BUFFER)
                .open(file.toFile())) {
            return read(workbook, displayName);
        } catch (Exception e) {
            // POI and the streaming reader report a damaged or foreign file through many exception types,
            // checked and unchecked, at open or at any later row: all of them mean the same to the sender.
            // The cause stays in the log (DEBUG), where a maintainer can tell a reader bug from a bad file.
            LOG.debug("{} is not readable as a workbook", displayName, e);
            return new Intake(displayName, Optional.empty(),
                    List.of(IntakeProblem.of(Source.file(displayName), Problem.NOT_A_WORKBOOK)));
        }
    }

    private Intake read(Workbook workbook, String file) {
        Optional<Sheet> infoSheet = sheet(workbook, InfoSheet.SHEET);
        if (infoSheet.isEmpty()) {
            return new Intake(file, Optional.empty(),
                    List.of(IntakeProblem.of(Source.file(file), Problem.NO_INFO_SHEET)));
        }
        List<IntakeProblem> problems = new ArrayList<>();
        InfoSheet.Info info = new InfoSheet(codes).read(infoSheet.get(), file, problems);
        // rows are read even when the info is not, so that one upload shows the sender every problem
        List<ValueRow> values = sheet(workbook, IndicatorSheet.SHEET)
                .map(sheet -> new IndicatorSheet(codes, info.period()).read(sheet, file, problems))
                .orElse(List.of());
        List<DeliverableEntry> deliverables = sheet(workbook, DeliverableSheet.SHEET)
                .map(sheet -> new DeliverableSheet(codes).read(sheet, file, problems))
                .orElse(List.of());
        Optional<ReportData> report = info.isComplete()
                ? Optional.of(new ReportData(file, info.unit(), info.unitName(), info.period(), info.submittedOn(),
                        info.preparedBy(), info.submittedOnSource(), values, deliverables))
                : Optional.empty();
        return new Intake(file, report, problems);
    }

    /** The first sheet whose name matches. */
    private static Optional<Sheet> sheet(Workbook workbook, Term name) {
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            if (name.matches(workbook.getSheetName(i))) {
                return Optional.of(workbook.getSheetAt(i));
            }
        }
        return Optional.empty();
    }
}
