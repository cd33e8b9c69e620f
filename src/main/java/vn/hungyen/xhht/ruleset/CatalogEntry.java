package vn.hungyen.xhht.ruleset;

import java.util.List;

/**
 * One rule of the catalog.
 *
 * @param owners the units it applies to (for a target or a duty, as the register stands); empty for rules that
 *               apply to every report
 * @param codes  the indicators or deliverables it concerns
 * @param terms  for a target, what it asks ({@code ≥ 60 (2015)}); for a duty, when it is due
 * @param fired  how many stored findings name it; null for rules that never name a finding (the checks
 *               apply targets and duties, whose rules the findings name)
 */
public record CatalogEntry(String id, String file, int line, RuleKind kind, String citation, String severity,
                           List<String> owners, List<String> codes, List<String> terms,
                           List<PlanText.Quote> quotes, String source, Long fired) {
}
