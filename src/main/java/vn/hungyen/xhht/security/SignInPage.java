package vn.hungyen.xhht.security;

import java.security.Principal;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The sign-in page (Spring Security handles its POST), and the signed-in user's name on every page. */
@Controller
@ControllerAdvice(basePackages = {"vn.hungyen.xhht.web", "vn.hungyen.xhht.security"})
class SignInPage {

    private final Permissions permissions;

    SignInPage(Permissions permissions) {
        this.permissions = permissions;
    }

    @GetMapping("/login")
    String login(Principal principal, Model model) {
        return principal == null ? "login" : "redirect:/";
    }

    /** What the signed-in user may do: the pages render only the links and forms it allows. */
    @ModelAttribute("may")
    Permissions.May may(Principal principal) {
        return permissions.of(principal instanceof Authentication a ? a : null);
    }

    @ModelAttribute("signedIn")
    String signedIn(Principal principal) {
        return principal == null ? null : principal.getName();
    }
}
