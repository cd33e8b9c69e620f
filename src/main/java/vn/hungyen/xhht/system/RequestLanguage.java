package vn.hungyen.xhht.system;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Collections;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.hungyen.xhht.message.Language;

/**
 * The language a request asks for: {@code ?lang=vi|en} first, then the first of Vietnamese or English in
 * its Accept-Language, else Vietnamese. A {@code lang} that is neither is ignored, like an unknown
 * language in Accept-Language.
 */
public final class RequestLanguage {

    public static final String PARAMETER = "lang";
    private static final Pattern QUERY_LANG = Pattern.compile("(?:^|&)lang=([^&]*)");

    private RequestLanguage() {
    }

    public static Language of(HttpServletRequest request) {
        return named(request.getParameter(PARAMETER))
                .or(() -> accepted(request))
                .orElse(Language.VI);
    }

    /**
     * The same from the address and headers only: {@code getParameter} would read a form's body, which a refusal
     * made before the body is read must not wait for.
     */
    public static Language ofHead(HttpServletRequest request) {
        String query = request.getQueryString() == null ? "" : request.getQueryString();
        Matcher lang = QUERY_LANG.matcher(query);
        return (lang.find() ? named(lang.group(1)) : Optional.<Language>empty())
                .or(() -> accepted(request))
                .orElse(Language.VI);
    }

    static Optional<Language> named(String tag) {
        if (tag == null) {
            return Optional.empty();
        }
        return switch (tag.strip().toLowerCase(Locale.ROOT)) {
            case "vi" -> Optional.of(Language.VI);
            case "en" -> Optional.of(Language.EN);
            default -> Optional.empty();
        };
    }

    private static Optional<Language> accepted(HttpServletRequest request) {
        if (request.getHeader("Accept-Language") == null) {
            return Optional.empty();
        }
        // the servlet container orders getLocales() by the header's quality values
        return Collections.list(request.getLocales()).stream()
                .map(locale -> named(locale.getLanguage()))
                .flatMap(Optional::stream)
                .findFirst();
    }
}
