package vn.hungyen.xhht.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;
import vn.hungyen.xhht.message.Language;
import vn.hungyen.xhht.system.RequestLanguage;

/**
 * The page being shown, so that links keep the reader's choices. The language is chosen per request
 * ({@code ?lang=}, then Accept-Language), never remembered by the server; so a language picked with the switch
 * is carried by every link and form of the page, and a pager or the switch keeps the page's filters.
 * Its methods are public because the templates' expressions call them (SpEL finds public methods only).
 *
 * @param path     the path within the application, e.g. {@code /findings}
 * @param query    the request's parameters
 * @param lang     the language asked for with {@code ?lang=} ({@code vi} or {@code en}), null when none was
 * @param language the language the page is written in
 */
record Here(String path, MultiValueMap<String, String> query, String lang, Language language) {

    static Here of(HttpServletRequest request) {
        MultiValueMap<String, String> query = new LinkedMultiValueMap<>();
        request.getParameterMap().forEach((name, values) -> query.put(name, List.of(values)));
        // on the error page, the page that failed: the language switch shows it again in the other language
        Object failed = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String uri = failed instanceof String original ? original : request.getRequestURI();
        return new Here(uri.substring(request.getContextPath().length()), query,
                chosen(request.getParameter(RequestLanguage.PARAMETER)), RequestLanguage.of(request));
    }

    private static String chosen(String lang) {
        return lang == null ? null : Arrays.stream(Language.values()).map(l -> l.locale().getLanguage())
                .filter(code -> code.equals(lang.strip().toLowerCase(Locale.ROOT))).findFirst().orElse(null);
    }

    /** {@code to} (a path, maybe with a query) in the language chosen, for {@code th:href="@{${...}}"}. */
    public String link(String to) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromUriString(to);
        if (lang != null) {
            uri.replaceQueryParam(RequestLanguage.PARAMETER, lang);
        }
        return uri.build().encode().toUriString();
    }

    /** This page in another language. */
    public String withLang(String code) {
        return withParameter(RequestLanguage.PARAMETER, code);
    }

    /** Another page (0-based) of this list, with the same filters. */
    public String page(int page) {
        return withParameter("page", String.valueOf(page));
    }

    /** {@code to} with this page's filters (and language), without its paging: e.g. the list as a download. */
    public String withFilters(String to) {
        return UriComponentsBuilder.fromPath(to).queryParams(query).replaceQueryParam("page").replaceQueryParam("size")
                .build().encode().toUriString();
    }

    /** This list sorted by the column: ascending, or descending when it is sorted by it ascending; from its start. */
    public String sortedBy(String column) {
        boolean ascending = column.equals(query.getFirst("sort")) && !"desc".equals(query.getFirst("dir"));
        return UriComponentsBuilder.fromPath(path).queryParams(query).replaceQueryParam("sort", column)
                .replaceQueryParam("dir", ascending ? "desc" : "asc").replaceQueryParam("page").build().encode()
                .toUriString();
    }

    /** How the list is sorted by the column, for {@code aria-sort}: ascending, descending, or null. */
    public String sortOf(String column) {
        if (!column.equals(query.getFirst("sort"))) {
            return null;
        }
        return "desc".equals(query.getFirst("dir")) ? "descending" : "ascending";
    }

    /** The language of the page, for {@code <html lang>}. */
    public String htmlLang() {
        return language.locale().getLanguage();
    }

    private String withParameter(String name, String value) {
        return UriComponentsBuilder.fromPath(path).queryParams(query).replaceQueryParam(name, value)
                .build().encode().toUriString();
    }
}
