package vn.hungyen.xhht.security;

import java.security.Principal;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import vn.hungyen.xhht.system.Caller;

/** The sign-in page (Spring Security handles its POST), and the signed-in user's name on every page. */
@Controller
@ControllerAdvice(basePackages = {"vn.hungyen.xhht.web", "vn.hungyen.xhht.security"})
class SignInPage {

    @GetMapping("/login")
    String login(Principal principal, Model model) {
        return principal == null ? "login" : "redirect:/";
    }

    @ModelAttribute("administrator")
    boolean administrator(Principal principal) {
        return principal instanceof Authentication a && a.getAuthorities().stream()
                .anyMatch(g -> Role.ADMIN.authority().equals(g.getAuthority()));
    }

    /** The navigation items that would only answer 403 to this user. */
    @ModelAttribute("hiddenSections")
    Set<String> hiddenSections(Principal principal) {
        if (!(principal instanceof Authentication a)) {
            return Set.of();
        }
        if (Caller.unitOf(a).isPresent()) {
            return Set.of("audit", "completeness", "targets", "progress", "rules");
        }
        Set<String> roles = a.getAuthorities().stream().map(GrantedAuthority::getAuthority).collect(Collectors.toSet());
        return roles.contains(Role.ADMIN.authority()) ? Set.of()
                : roles.contains(Role.AUDITOR.authority()) ? Set.of("upload") : Set.of("upload", "audit");
    }

    @ModelAttribute("signedIn")
    String signedIn(Principal principal) {
        return principal == null ? null : principal.getName();
    }
}
