package vn.hungyen.xhht.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.Principal;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.hungyen.xhht.message.Language;
import vn.hungyen.xhht.ruleset.Attempt;
import vn.hungyen.xhht.ruleset.Candidate;
import vn.hungyen.xhht.ruleset.Drafts;
import vn.hungyen.xhht.ruleset.PreviewView;
import vn.hungyen.xhht.ruleset.RuleFiles;
import vn.hungyen.xhht.ruleset.RuleSets;
import vn.hungyen.xhht.ruleset.RuleVersion;
import vn.hungyen.xhht.unit.RuleBook;

/**
 * A stored rule set in the browser ({@code /rules/sets/{id}}): its files in an editor (CodeMirror, line numbers,
 * DRL colouring, errors at their line after a save), its differences from the set in use, its scenarios and
 * impact preview, and the way to use: submit, then a second rule author approves and activates. Opening a draft
 * (from the set in use, an earlier one to roll back, or a zip) starts here too.
 */
@Controller
class RuleSetPages {

    private static final String DEFAULT_FILE = "targets/training.drl";
    /** The files the editor opens as text; any other (a workbook a scenario reads) is only listed. */
    private static final List<String> TEXT = List.of(".drl", ".yaml", ".yml", ".properties", ".csv", ".txt", ".md");

    private final Drafts drafts;
    private final RuleSets ruleSets;
    private final RuleBook rules;

    RuleSetPages(Drafts drafts, RuleSets ruleSets, RuleBook rules) {
        this.drafts = drafts;
        this.ruleSets = ruleSets;
        this.rules = rules;
    }

    @GetMapping("/rules/sets/{id}")
    String show(@PathVariable long id, @RequestParam(required = false) String file, Model model) {
        return page(id, file, model);
    }

    @PostMapping("/rules/sets")
    String open(@RequestParam(required = false) Long from, @RequestParam(required = false) String reason,
                @RequestParam(required = false) String lang, Principal principal, RedirectAttributes redirect) {
        RuleVersion draft = drafts.open(Optional.ofNullable(from), reason, principal.getName());
        return to(draft.id(), lang, redirect);
    }

    @PostMapping("/rules/sets/import")
    String importZip(@RequestPart("file") MultipartFile file, @RequestParam(required = false) String reason,
                     @RequestParam(required = false) String lang, Principal principal, RedirectAttributes redirect) {
        try {
            return to(drafts.importZip(file.getBytes(), reason, principal.getName()).id(), lang, redirect);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Saves the file and shows the draft again, with its compilation errors at their line. */
    @PostMapping("/rules/sets/{id}/save")
    String save(@PathVariable long id, @RequestParam String path, @RequestParam(defaultValue = "") String text,
                Principal principal, Model model) {
        RuleVersion saved = drafts.save(id, path, text.replace("\r\n", "\n"), principal.getName());
        model.addAttribute("saved", saved);
        return page(id, path, model);
    }

    @PostMapping("/rules/sets/{id}/preview")
    String preview(@PathVariable long id, @RequestParam(required = false) String file, Language language,
                   Model model) {
        drafts.find(id);
        model.addAttribute("preview", PreviewView.of(ruleSets.preview(id), rules.texts(language).findings()));
        return page(id, file, model);
    }

    @PostMapping("/rules/sets/{id}/submit")
    String submit(@PathVariable long id, @RequestParam(required = false) String file, Principal principal,
                  HttpServletResponse response, Model model) {
        Candidate candidate = drafts.submit(id, principal.getName());
        if (!candidate.usable()) {
            response.setStatus(422);
        }
        model.addAttribute("submitted", candidate);
        return page(id, file, model);
    }

    @PostMapping("/rules/sets/{id}/activate")
    String activate(@PathVariable long id, @RequestParam(required = false) String file, Principal principal,
                    Model model) {
        Attempt attempt = ruleSets.activate(id, "PAGE", principal.getName());
        model.addAttribute("attempt", attempt);
        return page(id, file, model);
    }

    private String page(long id, String file, Model model) {
        RuleVersion version = drafts.find(id);
        RuleFiles files = drafts.files(id);
        List<String> paths = List.copyOf(files.files().keySet());
        String path = file != null && files.files().containsKey(file) ? file
                : paths.contains(DEFAULT_FILE) ? DEFAULT_FILE : paths.stream().findFirst().orElse(null);
        RuleVersion shown = model.containsAttribute("saved") ? (RuleVersion) model.getAttribute("saved") : version;
        model.addAttribute("version", drafts.find(id));
        model.addAttribute("files", paths);
        model.addAttribute("path", path);
        model.addAttribute("text", path == null || TEXT.stream().noneMatch(path::endsWith) ? null
                : files.text(path).orElse(null));
        model.addAttribute("errors", shown.errors());
        model.addAttribute("fileErrors", shown.errors().stream().filter(e -> path != null && path.equals(e.file()))
                .toList());
        model.addAttribute("diff", drafts.diff(id, Optional.empty()));
        model.addAttribute("fourEyes", ruleSets.fourEyes());
        model.addAttribute("activeVersion", ruleSets.activeVersion());
        return "rule-set";
    }

    private static String to(long id, String lang, RedirectAttributes redirect) {
        if (lang != null) {
            redirect.addAttribute("lang", lang);
        }
        return "redirect:/rules/sets/" + id;
    }
}
