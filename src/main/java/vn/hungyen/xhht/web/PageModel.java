package vn.hungyen.xhht.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import vn.hungyen.xhht.message.Language;
import vn.hungyen.xhht.message.Messages;

/** What every page's layout uses: where it is ({@link Here}) and how to write numbers and dates. */
@ControllerAdvice(basePackages = {"vn.hungyen.xhht.web", "vn.hungyen.xhht.security"})
class PageModel {

    /** The province's zone, for the times shown (xhht.zone, as in XhhtProperties). */
    static final String ZONE = "${xhht.zone:Asia/Ho_Chi_Minh}";

    private final ZoneId zone;

    /**
     * The zone as a property, not XhhtProperties: advice beans are part of Spring MVC test slices
     * ({@code @WebMvcTest}), where the application's own beans are not.
     */
    PageModel(@Value(ZONE) ZoneId zone) {
        this.zone = zone;
    }

    @ModelAttribute("here")
    Here here(HttpServletRequest request) {
        return Here.of(request);
    }

    @ModelAttribute("fmt")
    Formats formats(Language language) {
        return formats(language, zone);
    }

    static Formats formats(Language language, ZoneId zone) {
        return new Formats(Messages.of(language), language, zone);
    }
}
