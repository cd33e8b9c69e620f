package vn.hungyen.xhht.web;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.hungyen.xhht.message.Language;
import vn.hungyen.xhht.message.Messages;
import vn.hungyen.xhht.review.BulkReview;
import vn.hungyen.xhht.review.Decision;
import vn.hungyen.xhht.review.FindingQueries;
import vn.hungyen.xhht.review.Reviewer;
import vn.hungyen.xhht.review.Reviews;
import vn.hungyen.xhht.system.ApiException;
import vn.hungyen.xhht.system.Paging;

/**
 * {@code /findings/{id}}: one finding, its review, the form to decide on it (as the signed-in user) and its history;
 * {@code /audit}: the whole audit log. A decision is posted, then the page is shown again by a redirect (so a
 * reload never posts twice); a refused one shows the page again with the reason and what was typed.
 */
@Controller
class FindingPage {

    private final FindingQueries findings;
    private final Reviews reviews;

    FindingPage(FindingQueries findings, Reviews reviews) {
        this.findings = findings;
        this.reviews = reviews;
    }

    @GetMapping("/findings/{id}")
    String show(@PathVariable long id, Language language, Model model) {
        model.addAttribute("detail", findings.finding(id, language));
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new ReviewForm(null, null, null));
        }
        return "finding";
    }

    @PostMapping("/findings/{id}/review")
    String decide(@PathVariable long id, @ModelAttribute("form") ReviewForm form,
                  @RequestParam(required = false) String lang, Principal principal, Language language,
                  HttpServletResponse response, Model model, RedirectAttributes redirect) {
        Messages messages = Messages.of(language);
        if (form.decision() == null) {
            throw ApiException.badRequest("api.error.missingParameter", "decision");
        }
        try {
            reviews.decide(id, form.decision(), Reviewer.of(form.request(language), principal));
        } catch (ApiException refused) {
            if (refused.status().is4xxClientError() && refused.status().value() != 404) {
                response.setStatus(refused.status().value());
                model.addAttribute("error", messages.text(refused.key(), refused.args()));
                return show(id, language, model);
            }
            throw refused;
        }
        redirect.addFlashAttribute("done", messages.text("page.finding." + form.decision().name().toLowerCase(Locale.ROOT)));
        if (lang != null) {
            redirect.addAttribute("lang", lang);
        }
        return "redirect:/findings/" + id;
    }

    /**
     * Several findings accepted or waived at once, with one explanation: each is decided (and audited) as if alone;
     * those the decision does not fit (a resolved one, an accepted one accepted again) are named with the reason.
     */
    @PostMapping("/findings/review")
    String decideMany(@RequestParam(required = false) List<Long> ids, @ModelAttribute("form") ReviewForm form,
                      @RequestParam(required = false) String back, Principal principal, Language language,
                      RedirectAttributes redirect) {
        Messages messages = Messages.of(language);
        if (form.decision() != Decision.ACCEPT && form.decision() != Decision.WAIVE) {
            throw ApiException.badRequest("api.error.missingParameter", "decision");
        }
        BulkReview.Outcome outcome = BulkReview.decide(reviews, ids, form.decision(),
                Reviewer.of(form.request(language), principal), messages);
        redirect.addFlashAttribute("bulkDone", outcome.done());
        redirect.addFlashAttribute("bulkRefused", outcome.refused());
        return "redirect:" + (back != null && back.startsWith("/findings") ? back : "/findings");
    }

    @GetMapping("/audit")
    String log(@RequestParam(required = false) String actor, @RequestParam(defaultValue = "false") boolean system,
               @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
               Language language, Model model) {
        model.addAttribute("log", findings.log(actor, system, Paging.of(page, size), language));
        model.addAttribute("actor", actor);
        model.addAttribute("system", system);
        return "audit";
    }

}
