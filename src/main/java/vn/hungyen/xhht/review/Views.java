package vn.hungyen.xhht.review;

import vn.hungyen.xhht.engine.Finding;
import vn.hungyen.xhht.intake.IntakeProblem;
import vn.hungyen.xhht.plan.Period;
import vn.hungyen.xhht.unit.Texts;

/** Findings and problems as a person reads them, in one language. */
final class Views {

    private Views() {
    }

    static FindingView finding(StoredFinding stored, Texts texts) {
        Finding f = stored.finding();
        return new FindingView(stored.id(), f.ruleId(), f.kind(), texts.text("kind." + f.kind().name()),
                f.severity(), texts.text("severity." + f.severity().name()), f.unit(),
                f.unit() == null ? null : texts.names().unit(f.unit()), f.unitKind(), code(f.period()),
                period(f.period(), texts), f.indicator(), f.deliverable(), texts.findings().subject(f), f.year(),
                f.actual(), f.target(), f.due(), f.date(), f.problem(), texts.findings().message(f), f.citation(),
                f.source() == null ? null : f.source().toString(), stored.reportId(), stored.review(),
                texts.text("review.status." + stored.review().status().name()));
    }

    static AuditView audit(AuditEntry e, Texts texts) {
        return new AuditView(e, e.actor() == null ? texts.text("review.actor.system") : e.actor(),
                texts.text("review.action." + e.action().name()),
                e.before() == null ? null : texts.text("review.status." + e.before().name()),
                e.after() == null ? null : texts.text("review.status." + e.after().name()));
    }

    static ProblemView problem(IntakeProblem p, Texts texts) {
        return new ProblemView(p.source().toString(), p.problem(),
                texts.text("problem." + p.problem().name(), p.args().toArray()));
    }

    static String code(Period period) {
        return period == null ? null : period.code();
    }

    static String period(Period period, Texts texts) {
        return period == null ? null : texts.messages().period(period);
    }
}
