package vn.hungyen.xhht.review;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * The last evaluation of the stored reports.
 *
 * @param asOf         the day the findings were judged as of
 * @param rulesVersion the rule pack that judged them ({@code RulePack.version()})
 * @param evaluatedAt  when
 * @param reports      how many stored reports (all versions) were given to the rules
 * @param findings     how many findings they made
 */
public record EvaluationInfo(LocalDate asOf, String rulesVersion, OffsetDateTime evaluatedAt, int reports,
                             int findings) {
}
