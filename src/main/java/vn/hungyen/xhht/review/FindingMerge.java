package vn.hungyen.xhht.review;

import static vn.hungyen.xhht.review.AuditEntry.bySystem;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.hungyen.xhht.review.FindingRepository.Known;
import vn.hungyen.xhht.review.FindingRepository.NewFinding;

/**
 * Carries the stored findings over to what an evaluation found, so that no auditor's work is lost: a breach
 * found again keeps its finding (id, review, history) and takes the new figures; a new breach is a new open
 * finding; a breach no longer found is resolved, by the newer report of its unit and period when there is one;
 * a resolved breach found again opens again; a waiver past its last day lapses. Each change goes to the audit log.
 */
@Service
class FindingMerge {

    private final FindingRepository findings;
    private final AuditLog log;

    FindingMerge(FindingRepository findings, AuditLog log) {
        this.findings = findings;
        this.log = log;
    }

    /**
     * @param asOf           the day the evaluation judged as of
     * @param currentReports the id of the report that counts, by {@link #unitPeriod unit and period}
     * @param scope          the units judged, when not every unit was: the findings of other units stay as they are
     * @return the evaluation, with the number of findings that now stand
     */
    @Transactional
    EvaluationInfo merge(List<NewFinding> found, LocalDate asOf, String rules, OffsetDateTime at,
                         Map<String, Long> currentReports, Optional<Set<String>> scope) {
        List<Known> known = findings.known(scope);
        Map<String, Known> byKey = known.stream().collect(Collectors.toMap(Known::key, Function.identity()));
        List<AuditEntry> events = new ArrayList<>();

        List<NewFinding> fresh = new ArrayList<>();
        Map<Long, NewFinding> again = new LinkedHashMap<>();
        List<Known> waived = new ArrayList<>();
        Set<String> foundKeys = new HashSet<>();
        for (NewFinding n : found) {
            String key = n.finding().key();
            foundKeys.add(key);
            Known k = byKey.get(key);
            if (k == null) {
                fresh.add(n);
                continue;
            }
            again.put(k.id(), n);
            if (k.status() == ReviewStatus.RESOLVED) {
                events.add(bySystem(at, AuditAction.REOPENED, k.id(), ReviewStatus.RESOLVED, ReviewStatus.OPEN,
                        n.reportId(), rules));
            } else if (k.status() == ReviewStatus.WAIVED) {
                waived.add(k);
            }
        }

        Map<Long, Long> resolved = new LinkedHashMap<>();
        for (Known k : known) {
            if (k.status() != ReviewStatus.RESOLVED && !foundKeys.contains(k.key())) {
                Long current = currentReports.get(unitPeriod(k.unit(), k.period()));
                Long newer = current != null && !current.equals(k.reportId()) ? current : null;
                resolved.put(k.id(), newer);
                events.add(bySystem(at, AuditAction.RESOLVED, k.id(), k.status(), ReviewStatus.RESOLVED, newer, rules));
            }
        }

        findings.update(again, rules, at);
        findings.resolve(resolved, at);
        Map<String, Long> ids = findings.insert(fresh, rules, at, scope);
        for (NewFinding n : fresh) {
            events.add(bySystem(at, AuditAction.FOUND, ids.get(n.finding().key()), null, ReviewStatus.OPEN,
                    n.reportId(), rules));
        }
        for (Long id : findings.expireWaivers(asOf, waived)) {
            events.add(bySystem(at, AuditAction.WAIVER_EXPIRED, id, ReviewStatus.WAIVED, ReviewStatus.OPEN, null,
                    rules));
        }
        log.appendAll(events);
        EvaluationInfo info = new EvaluationInfo(asOf, rules, at, findings.reportCount(), findings.standing());
        findings.saveEvaluation(info);
        return info;
    }

    static String unitPeriod(String unit, String period) {
        return unit + "/" + period;
    }

    /** Whether a waiver lasting until {@code waivedUntil} (inclusive) has lapsed on {@code today}. */
    static boolean lapsed(LocalDate waivedUntil, LocalDate today) {
        return waivedUntil != null && waivedUntil.isBefore(today);
    }
}
