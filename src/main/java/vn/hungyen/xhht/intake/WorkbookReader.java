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
        WorkbookSource open(Path file, ReadLimits limits) throws Exception;
    }

    private final KnownCodes codes;
    private final Opener opener;
    private final ReadLimits limits;

    public WorkbookReader(KnownCodes codes) {
        this(codes, ReadLimits.REPORT);
    }

    public WorkbookReader(KnownCodes codes, ReadLimits limits) {
        this(codes, XlsxFile::open, limits);
    }

    private WorkbookReader(KnownCodes codes, Opener opener, ReadLimits limits) {
        this.codes = codes;
        this.opener = opener;
        this.limits = limits;
    }

    /**
     * The same reading over POI's usermodel ({@code XSSFWorkbook}), which loads the whole package and every
     * cell: the usual way to read Excel in Java, kept as the baseline the benchmark compares with.
     */
    public static WorkbookReader usermodel(KnownCodes codes) {
        return new WorkbookReader(codes, (file, limits) -> UsermodelWorkbook.open(file), ReadLimits.REPORT);
    }

    /** {@code displayName} is how problems and the report name the file, e.g. "vanlam-2015-H2.xlsx". */
    public Intake read(Path file, String displayName) {
        try (WorkbookSource workbook = opener.open(file, limits)) {
            return read(workbook, displayName);
        } catch (Refused e) {
            XlsxFile.release();
            return new Intake(displayName, Optional.empty(), List.of(e.problem(displayName)));
        } catch (Exception e) {
            XlsxFile.release();
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
                : new IndicatorSheet(codes, info.period()).read(indicatorSheet.get(), file, problems,
                        limits.rowsPerSheet());
        Optional<Grid> deliverableSheet = sheet(workbook, DeliverableSheet.SHEET);
        List<DeliverableEntry> deliverables = deliverableSheet.isEmpty() ? List.of()
                : new DeliverableSheet(codes).read(deliverableSheet.get(), file, problems, limits.rowsPerSheet());
        Optional<ReportData> report = info.isComplete()
                ? Optional.of(new ReportData(file, info.unit(), info.unitName(), info.period(), info.submittedOn(),
                        info.preparedBy(), info.submittedOnSource(), values, deliverables))
                : Optional.empty();
        return new Intake(file, report, listed(problems, file));
    }

    /** The problems, the first {@link ReadLimits#problems()} of them and a word on the rest when there are more. */
    private List<IntakeProblem> listed(List<IntakeProblem> problems, String file) {
        if (problems.size() <= limits.problems()) {
            return problems;
        }
        List<IntakeProblem> listed = new ArrayList<>(problems.subList(0, limits.problems()));
        listed.add(IntakeProblem.of(Source.file(file), Problem.TOO_MANY_PROBLEMS, String.valueOf(limits.problems()),
                String.valueOf(problems.size() - limits.problems())));
        return listed;
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
