package vn.hungyen.xhht.ruleset;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import vn.hungyen.xhht.review.AuditAction;
import vn.hungyen.xhht.review.AuditLog;
import vn.hungyen.xhht.system.ApiException;

/**
 * A rule author's drafts: opened from a stored version (the active one, or an earlier one to roll back) or from a
 * zip, edited file by file (each save compiled, its errors kept at their file and line), compared with the active
 * version, submitted for a second rule author to approve ({@link RuleSets#activate(long, String, String)}).
 * Every step is in the audit log.
 */
@Service
public class Drafts {

    private final RuleVersions versions;
    private final RuleSets ruleSets;
    private final AuditLog audit;

    Drafts(RuleVersions versions, RuleSets ruleSets, AuditLog audit) {
        this.versions = versions;
        this.ruleSets = ruleSets;
        this.audit = audit;
    }

    public List<RuleVersion> all() {
        return versions.all();
    }

    public RuleVersion find(long id) {
        return versions.find(id).orElseThrow(() -> ApiException.notFound("api.error.noRuleSet", id));
    }

    public RuleFiles files(long id) {
        find(id);
        return versions.files(id);
    }

    /** A new draft holding the files of version {@code from} (the active one when empty). */
    public RuleVersion open(Optional<Long> from, String reason, String user) {
        long source = from.or(versions::activeId).orElseThrow(() -> ApiException.notFound("api.error.noRuleSet", 0));
        RuleVersion base = find(source);
        long id = versions.insert(versions.files(source), RuleVersion.Status.DRAFT, RuleVersion.Origin.EDITOR,
                source, reason(reason, "opened from rule set " + source), user, ruleSets.now(),
                new RuleVersions.Compiled(base.rulesVersion(), base.errors()));
        audit.record(user, AuditAction.RULES_DRAFT_OPENED, subject(id), "from rule set " + source + ": " + reason,
                null, null);
        return find(id);
    }

    /** A new draft holding the files of a zip ({@link RuleFiles#unzip}), compiled to show its errors. */
    public RuleVersion importZip(byte[] zip, String reason, String user) {
        RuleFiles files = RuleFiles.unzip(zip);
        RuleVersions.Compiled compiled = ruleSets.compileOnly(files);
        long id = versions.insert(files, RuleVersion.Status.DRAFT, RuleVersion.Origin.IMPORT,
                versions.activeId().orElse(null), reason(reason, "imported from a zip"), user, ruleSets.now(), compiled);
        audit.record(user, AuditAction.RULES_DRAFT_OPENED, subject(id), "imported from a zip: " + reason, null, null);
        return find(id);
    }

    /** Writes one file of a draft (added or replaced) and compiles the draft: its errors come back at their line. */
    public RuleVersion save(long id, String path, String text, String user) {
        return change(id, draft(id).with(path, text.getBytes(StandardCharsets.UTF_8)), "saved " + path, user);
    }

    public RuleVersion delete(long id, String path, String user) {
        RuleFiles files = draft(id);
        if (!files.files().containsKey(path)) {
            throw ApiException.notFound("api.error.noRuleFile", path, id);
        }
        return change(id, files.without(path), "deleted " + path, user);
    }

    private RuleVersion change(long id, RuleFiles files, String what, String user) {
        versions.replaceFiles(id, files, ruleSets.compileOnly(files));
        RuleVersion saved = find(id);
        audit.record(user, AuditAction.RULES_DRAFT_SAVED, subject(id), what + (saved.compiles() ? ""
                : " (" + saved.errors().size() + " compilation errors)"), null, saved.rulesVersion());
        return saved;
    }

    /**
     * Submits a draft for a second rule author's approval: only one that compiles and passes every scenario
     * (else 422 with the candidate's errors or failed scenarios, and it stays a draft).
     */
    public Candidate submit(long id, String user) {
        RuleFiles files = draft(id);
        RuleSets.Compiled compiled = ruleSets.compile(files);
        compiled.pack().ifPresent(ruleSets::discard);
        if (compiled.candidate().usable()) {
            versions.submitted(id, user, ruleSets.now());
            audit.record(user, AuditAction.RULES_SUBMITTED, subject(id), find(id).reason(), null,
                    compiled.candidate().version());
        }
        return compiled.candidate();
    }

    /** Each file that differs between version {@code id} and {@code against} (the active version when empty). */
    public List<FileDiff> diff(long id, Optional<Long> against) {
        long base = against.or(versions::activeId).orElse(id);
        return FileDiff.between(files(base), files(id));
    }

    /** The files of a draft that may still change: 409 when it was submitted or activated. */
    private RuleFiles draft(long id) {
        RuleVersion version = find(id);
        if (!version.editable()) {
            throw new ApiException(HttpStatus.CONFLICT, "api.error.ruleSetNotDraft", id);
        }
        return versions.files(id);
    }

    private static String reason(String reason, String otherwise) {
        return reason == null || reason.isBlank() ? otherwise : reason.strip();
    }

    private static String subject(long id) {
        return "rule set " + id;
    }
}
