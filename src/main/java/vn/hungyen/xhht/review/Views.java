package vn.hungyen.xhht.review;

import java.util.Set;
import vn.hungyen.xhht.engine.Finding;
import vn.hungyen.xhht.intake.IntakeProblem;
import vn.hungyen.xhht.plan.Period;
import vn.hungyen.xhht.report.Outcome;
import vn.hungyen.xhht.unit.Texts;

/** Findings and problems as a person reads them, in one language. */
final class Views {

    /** The failures of a sign-in the log names, each with its words; any other is "not signed in". */
    private static final Set<String> SIGN_IN_REFUSALS = Set.of("BadCredentialsException",
            "DisabledException", "LockedException", "AccountExpiredException", "CredentialsExpiredException");

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
                e.after() == null ? null : texts.text("review.status." + e.after().name()), said(e, texts));
    }

    /** The codes the log keeps for uploads and sign-ins, in words; other entries' text is a person's. */
    private static String said(AuditEntry e, Texts texts) {
        if (e.text() == null) {
            return null;
        }
        return switch (e.action()) {
            case UPLOADED, UPLOAD_REFUSED -> upload(e.text(), texts);
            case SIGN_IN_FAILED -> texts.text(SIGN_IN_REFUSALS.contains(e.text()) ? "audit.signIn." + e.text()
                    : "audit.signIn.other");
            default -> e.text();
        };
    }

    /** "REFUSED H_KHOAICHAU 2015-H2" as "Bị từ chối · UBND huyện Khoái Châu · 6 tháng cuối năm 2015". */
    private static String upload(String text, Texts texts) {
        String[] parts = text.split(" ");
        try {
            Outcome outcome = Outcome.valueOf(parts[0]);
            StringBuilder words = new StringBuilder(texts.text("outcome." + outcome.name()));
            if (parts.length >= 3) {
                words.append(" · ").append(texts.names().unit(parts[1])).append(" · ")
                        .append(texts.messages().period(Period.of(parts[2])));
            }
            return words.toString();
        } catch (IllegalArgumentException notAnOutcome) {
            return text;
        }
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
