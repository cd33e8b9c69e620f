package vn.hungyen.xhht.security;

import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.util.Arrays;
import java.util.function.Supplier;
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
import vn.hungyen.xhht.system.ApiException;
import vn.hungyen.xhht.unit.RuleBook;
import vn.hungyen.xhht.unit.Texts;

/** The administrator's page of users: list, create, change role or unit, disable, reset a password. */
@Controller
class UsersPage {

    private final Users users;
    private final RuleBook rules;

    UsersPage(Users users, RuleBook rules) {
        this.users = users;
        this.rules = rules;
    }

    /** A unit to choose: its code and name. */
    record UnitChoice(String code, String name) {
    }

    @GetMapping("/users")
    String list(Language language, Model model) {
        model.addAttribute("users", users.all());
        model.addAttribute("roles", Arrays.asList(Role.values()));
        Texts texts = rules.texts(language);
        model.addAttribute("units", rules.register().all().stream()
                .map(u -> new UnitChoice(u.code(), texts.names().unit(u.code()))).toList());
        return "users";
    }

    @PostMapping("/users")
    String create(@ModelAttribute UserEdit edit, @RequestParam(required = false) String lang, Principal principal,
                  Language language, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return save(() -> users.create(principal.getName(), edit), lang, language, model, response, redirect);
    }

    @PostMapping("/users/{username}")
    String change(@PathVariable String username, @ModelAttribute UserEdit edit,
                  @RequestParam(required = false) String lang, Principal principal, Language language, Model model,
                  HttpServletResponse response, RedirectAttributes redirect) {
        UserEdit asked = new UserEdit(username, edit.password(), edit.role(), edit.unit(),
                edit.enabled() != null && edit.enabled());
        return save(() -> users.change(principal.getName(), username, asked), lang, language, model, response,
                redirect);
    }

    private String save(Supplier<Account> action, String lang, Language language, Model model,
                        HttpServletResponse response, RedirectAttributes redirect) {
        Messages messages = Messages.of(language);
        try {
            Account saved = action.get();
            redirect.addFlashAttribute("done", messages.text("page.users.saved", saved.username()));
        } catch (ApiException refused) {
            response.setStatus(refused.status().value());
            model.addAttribute("error", messages.text(refused.key(), refused.args()));
            return list(language, model);
        }
        if (lang != null) {
            redirect.addAttribute("lang", lang);
        }
        return "redirect:/users";
    }
}
