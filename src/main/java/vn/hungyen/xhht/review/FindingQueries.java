package vn.hungyen.xhht.review;

import java.util.List;
import org.springframework.stereotype.Service;
import vn.hungyen.xhht.message.Language;
import vn.hungyen.xhht.system.ApiException;
import vn.hungyen.xhht.system.Paging;
import vn.hungyen.xhht.system.ResultPage;
import vn.hungyen.xhht.unit.RuleBook;
import vn.hungyen.xhht.unit.Texts;

/** The stored findings, in the checker's order (unit, period, kind, code), with their reviews. */
@Service
public class FindingQueries {

    private final FindingRepository findings;
    private final Evaluation evaluation;
    private final Reviews reviews;
    private final RuleBook rules;

    FindingQueries(FindingRepository findings, Evaluation evaluation, Reviews reviews, RuleBook rules) {
        this.findings = findings;
        this.evaluation = evaluation;
        this.reviews = reviews;
        this.rules = rules;
    }

    /** One finding, whatever its status, with its history (the audit log's entries about it), oldest first. */
    public FindingDetail finding(long id, Language language) {
        Texts texts = rules.texts(language);
        FindingView view = findings.find(id).map(f -> Views.finding(f, texts))
                .orElseThrow(() -> ApiException.notFound("api.error.unknownFinding", String.valueOf(id)));
        return new FindingDetail(view, reviews.history(id).stream().map(e -> Views.audit(e, texts)).toList());
    }

    /** The audit log, newest first. */
    public ResultPage<AuditView> log(String actor, boolean bySystem, Paging paging, Language language) {
        Texts texts = rules.texts(language);
        return reviews.log(actor, bySystem, paging).map(e -> Views.audit(e, texts));
    }

    public record FindingDetail(FindingView finding, List<AuditView> history) {
    }

    public FindingPage findings(FindingFilter filter, Paging paging, Language language) {
        Texts texts = rules.texts(language);
        ResultPage<FindingView> page = findings.page(filter, paging).map(f -> Views.finding(f, texts));
        return new FindingPage(evaluation.last().orElse(null), page.items(), page.page(), page.size(), page.total(),
                page.totalPages());
    }

    /** All findings about one stored report (none for a superseded one: only the report that counts is judged). */
    public List<FindingView> ofReport(long reportId, Language language) {
        return all(FindingFilter.ofReport(reportId), language);
    }

    /** Every finding the filter matches, unpaged, in the checker's order (for exports and printed reports). */
    public List<FindingView> all(FindingFilter filter, Language language) {
        Texts texts = rules.texts(language);
        return findings.all(filter).stream().map(f -> Views.finding(f, texts)).toList();
    }

    /**
     * One page of findings, and the evaluation that made them (null before the first one).
     *
     * @param page 0-based
     */
    public record FindingPage(EvaluationInfo evaluation, List<FindingView> items, int page, int size, long total,
                              int totalPages) {

        FindingPage withEvaluation(EvaluationInfo seen) {
            return new FindingPage(seen, items, page, size, total, totalPages);
        }
    }
}
