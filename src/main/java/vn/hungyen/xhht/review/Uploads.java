package vn.hungyen.xhht.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import vn.hungyen.xhht.intake.IntakeProblem;
import vn.hungyen.xhht.message.Language;
import vn.hungyen.xhht.plan.Text;
import vn.hungyen.xhht.report.Dating;
import vn.hungyen.xhht.report.IncomingFile;
import vn.hungyen.xhht.report.Outcome;
import vn.hungyen.xhht.report.ReportIntake;
import vn.hungyen.xhht.report.StoreResult;
import vn.hungyen.xhht.report.StoredReports;
import vn.hungyen.xhht.system.Caller;
import vn.hungyen.xhht.unit.RuleBook;
import vn.hungyen.xhht.unit.Texts;

/** Uploading report workbooks: each file is stored (or not), then the reports of their units are judged again once. */
@Service
public class Uploads {

    private final ReportIntake intake;
    private final StoredReports reports;
    private final Evaluation evaluation;
    private final FindingQueries findings;
    private final RuleBook rules;
    private final AuditLog audit;

    Uploads(ReportIntake intake, StoredReports reports, Evaluation evaluation, FindingQueries findings,
            RuleBook rules, AuditLog audit) {
        this.intake = intake;
        this.reports = reports;
        this.evaluation = evaluation;
        this.findings = findings;
        this.rules = rules;
        this.audit = audit;
    }

    /** Uploads by {@code caller}, who may send only their unit's reports when they are bound to one. */
    public UploadResult upload(List<IncomingFile> files, Caller caller, Language language) {
        return upload(files, caller, language, Dating.RECEIVED);
    }

    /**
     * As {@link #upload(List, Caller, Language)}; {@code dating} says whether the reports are dated by the day
     * they arrive or, for history brought in by an administrator, by the date written in them.
     */
    public UploadResult upload(List<IncomingFile> files, Caller caller, Language language, Dating dating) {
        List<StoreResult> results = new ArrayList<>();
        for (IncomingFile f : files) {
            StoreResult r = intake.store(f, caller.unit(), dating);
            results.add(r);
            audit(r, caller);
        }
        Set<String> units = results.stream().filter(r -> r.outcome().stored()).map(StoreResult::unit)
                .collect(Collectors.toSet());
        EvaluationInfo info = !units.isEmpty() ? evaluation.runFor(units)
                : evaluation.last().orElseGet(evaluation::run);
        Texts texts = rules.texts(language);
        return new UploadResult(results.stream().map(r -> outcome(r, caller, texts)).toList(), info);
    }

    /** Every uploaded file, whatever became of it: the outcome, the unit and period it claims, the report stored. */
    private void audit(StoreResult r, Caller caller) {
        String what = r.outcome().name() + (r.unit() == null ? "" : " " + r.unit() + " " + Views.code(r.period()));
        audit.record(caller.name(), r.outcome() == Outcome.REFUSED ? AuditAction.UPLOAD_REFUSED : AuditAction.UPLOADED,
                r.file(), what, r.outcome().stored() ? r.reportId() : null, null);
    }

    /**
     * Stores history with its written dates (the sample reports) without judging it; the caller runs the
     * {@link Evaluation} once afterwards.
     */
    List<StoreResult> store(List<IncomingFile> files) {
        List<StoreResult> results = new ArrayList<>();
        files.forEach(f -> results.add(intake.store(f, Dating.STATED)));
        return results;
    }

    private FileOutcome outcome(StoreResult r, Caller caller, Texts texts) {
        List<ProblemView> problems = r.problems().stream().map(p -> Views.problem(p, texts)).toList();
        List<FindingView> found = r.reportId() == null ? List.of() : findings.ofReport(r.reportId(), texts.language());
        return new FileOutcome(r.file(), r.outcome(), texts.text("outcome." + r.outcome().name()),
                message(r, caller, texts),
                r.reportId(), r.unit(), r.unit() == null ? null : texts.names().unit(r.unit()),
                Views.code(r.period()), r.submittedOn(), r.otherReportId(), problems, found);
    }

    private String message(StoreResult r, Caller caller, Texts texts) {
        String key = "upload." + r.outcome().name();
        if (r.outcome() == Outcome.REJECTED) {
            return texts.text(key, r.file(), reasons(r.problems(), texts));
        }
        if (r.outcome() == Outcome.REFUSED) {
            return texts.text(key, r.file(), texts.names().unit(r.unit()), texts.messages().period(r.period()),
                    caller.unit().map(texts.names()::unit).orElse(""));
        }
        Long otherId = r.outcome() == Outcome.DUPLICATE ? r.reportId() : r.otherReportId();
        String other = otherId == null ? null
                : reports.find(otherId).map(o -> o.fileName() + " (#" + o.id() + ")").orElse("#" + otherId);
        return texts.text(key, r.file(), texts.names().unit(r.unit()), texts.messages().period(r.period()), other);
    }

    /** Why a file gave no report: the problems of the file itself and of its "Thông tin" sheet. */
    private static String reasons(List<IntakeProblem> problems, Texts texts) {
        List<IntakeProblem> reasons = problems.stream().filter(Uploads::aboutFileOrInfo).toList();
        return (reasons.isEmpty() ? problems : reasons).stream()
                .map(p -> (p.source().sheet() == null ? "" : p.source() + ": ") + Views.problem(p, texts).message())
                .collect(Collectors.joining(" "));
    }

    private static boolean aboutFileOrInfo(IntakeProblem p) {
        String sheet = p.source().sheet();
        if (sheet == null) {
            return true;
        }
        String folded = Text.fold(sheet).replaceAll("[^\\p{L}\\p{N}]", "");
        return folded.equals("thongtin") || folded.equals("info");
    }
}
