package vn.hungyen.xhht.review;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import vn.hungyen.xhht.system.Caller;

/**
 * The last evaluation of the stored reports.
 *
 * @param asOf         the day the findings were judged as of
 * @param rulesVersion the rule pack that judged them ({@code RulePack.version()})
 * @param evaluatedAt  when
 * @param reports      how many stored reports (all versions) were given to the rules; null for a unit reporter
 * @param findings     how many findings they made; null for a unit reporter
 */
public record EvaluationInfo(LocalDate asOf, String rulesVersion, OffsetDateTime evaluatedAt, Integer reports,
                             Integer findings) {

    /** As {@code caller} may see it: the counts are the whole province's, which a unit reporter may not read. */
    public EvaluationInfo seenBy(Caller caller) {
        return caller.unit().isPresent() ? new EvaluationInfo(asOf, rulesVersion, evaluatedAt, null, null) : this;
    }
}
