package vn.hungyen.xhht.intake;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads one report workbook as the contract says (report-template.md §1), streaming its rows so that memory
 * does not grow with the size of a sheet. Whatever the file holds, the answer is an {@link Intake}: what
 * could not be read is in its problems, never thrown.
 */
public final class WorkbookReader {

    private static final Logger LOG = LoggerFactory.getLogger(WorkbookReader.class);

    /** Opens a workbook file; throws whatever tells that it cannot. */
    @FunctionalInterface
    interface Opener {
        WorkbookSource open(Path file) throws Exception;
    }

    private final KnownCodes codes;
    private final Opener opener;

    public WorkbookReader(KnownCodes codes) {
        this(codes, XlsxFile::open);
    }

    private WorkbookReader(KnownCodes codes, Opener opener) {
        this.codes = codes;
        this.opener = opener;
    }

    /**
     * The same reading over POI's usermodel ({@code XSSFWorkbook}), which loads the whole package and every
     * cell: the usual way to read Excel in Java, kept as the baseline the benchmark compares with.
     */
    public static WorkbookReader usermodel(KnownCodes codes) {
        return new WorkbookReader(codes, UsermodelWorkbook::open);
    }

    /** {@code displayName} is how problems and the report name the file, e.g. "vanlam-2015-H2.xlsx". */
    public Intake read(Path file, String displayName) {
        try (WorkbookSource workbook = opener.open(file)) {
            return read(workbook, displayName);
        } catch (TableSheet.TooManyRows e) {
            return new Intake(displayName, Optional.empty(), List.of(e.problem()));
        } catch (Exception e) {
            // A damaged or foreign file shows itself through many exception types, at open or at any later
            // row (zip, XML, a missing part, a zip bomb stopped by GuardedZip): all of them mean the same to
            // the sender. The cause stays in the log (DEBUG), where a maintainer can tell a reader bug from a
            // bad file.
            LOG.debug("{} is not readable as a workbook", displayName, e);
            return new Intake(displayName, Optional.empty(),
                    List.of(IntakeProblem.of(Source.file(displayName), Problem.NOT_A_WORKBOOK)));
        }
    }

    private Intake read(WorkbookSource workbook, String file) throws Exception {
        Optional<Grid> infoSheet = sheet(workbook, InfoSheet.SHEET);
        if (infoSheet.isEmpty()) {
            return new Intake(file, Optional.empty(),
                    List.of(IntakeProblem.of(Source.file(file), Problem.NO_INFO_SHEET)));
        }
        List<IntakeProblem> problems = new ArrayList<>();
        InfoSheet.Info info = new InfoSheet(codes).read(infoSheet.get(), file, problems);
        // rows are read even when the info is not, so that one upload shows the sender every problem
        Optional<Grid> indicatorSheet = sheet(workbook, IndicatorSheet.SHEET);
        List<ValueRow> values = indicatorSheet.isEmpty() ? List.of()
                : new IndicatorSheet(codes, info.period()).read(indicatorSheet.get(), file, problems);
        Optional<Grid> deliverableSheet = sheet(workbook, DeliverableSheet.SHEET);
        List<DeliverableEntry> deliverables = deliverableSheet.isEmpty() ? List.of()
                : new DeliverableSheet(codes).read(deliverableSheet.get(), file, problems);
        Optional<ReportData> report = info.isComplete()
                ? Optional.of(new ReportData(file, info.unit(), info.unitName(), info.period(), info.submittedOn(),
                        info.preparedBy(), info.submittedOnSource(), values, deliverables))
                : Optional.empty();
        return new Intake(file, report, problems);
    }

    /** The first sheet whose name matches. */
    private static Optional<Grid> sheet(WorkbookSource workbook, Term name) throws Exception {
        List<String> names = workbook.sheetNames();
        for (int i = 0; i < names.size(); i++) {
            if (name.matches(names.get(i))) {
                return Optional.of(workbook.sheet(i));
            }
        }
        return Optional.empty();
    }
}
