package vn.hungyen.xhht.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.hungyen.xhht.system.Caller;

/**
 * Pins a unit reporter to their unit, in one place rather than in every controller: only the pages and API
 * that can be narrowed to one unit are open to them (anything else is refused, 403); a unit code in the path or
 * in {@code ?unit=} must be theirs (403); a report or finding of another unit is not found (404, so that ids do
 * not tell what exists); and every read without {@code ?unit=} gets their unit as the filter, so that lists,
 * exports and notices hold their unit's data only. Users not bound to a unit pass unchanged.
 */
final class UnitScope extends OncePerRequestFilter {

    static final String UNIT = "unit";

    /** Reads that filter by {@code ?unit=}. */
    private static final Pattern FILTERED = Pattern.compile(
            "/|/reports|/findings|/upload|/notices|/templates|/api/reports|/api/findings(\\.\\w+)?|/api/notices"
                    + "|/api/units|/login|/logout|/error|/v3/api-docs(/.*)?|/swagger-ui(\\.html|/.*)");
    private static final Pattern REPORT = Pattern.compile("/(?:api/)?reports/(\\d+)(?:/file)?");
    private static final Pattern FINDING = Pattern.compile("/(?:api/)?findings/(\\d+)(?:/.*)?");
    private static final List<Pattern> UNIT_IN_PATH = List.of(
            Pattern.compile("/(?:api/)?progress/([^/]+)(?:/[^/]+)?"),
            Pattern.compile("/units/([^/]+)/periods/[^/]+/print"),
            Pattern.compile("/api/templates/([^/]+)/[^/]+"),
            Pattern.compile("/api/units/([^/]+)"));

    /** Pages of the whole province whose reporter's version is their unit's own page (the dashboard counts all). */
    private static final Map<String, String> HOMES = Map.of("/", "/reports", "/progress", "/progress/{unit}");

    private final JdbcClient jdbc;

    UnitScope(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        Optional<String> bound = auth == null ? Optional.empty() : Caller.unitOf(auth);
        if (bound.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        String unit = bound.get();
        String path = request.getRequestURI().substring(request.getContextPath().length());
        // HEAD answers as GET does, less the body: the same checks and the same pinning
        boolean read = HttpMethod.GET.matches(request.getMethod()) || HttpMethod.HEAD.matches(request.getMethod());
        // only reads filter by ?unit= (reading a multipart upload's parameters here would read the upload)
        String given = read ? request.getParameter(UNIT) : null;
        if (given != null && !given.isBlank() && !given.strip().equals(unit)) {
            throw new AccessDeniedException("unit " + given);
        }
        String home = read ? HOMES.get(path) : null;
        if (home != null) {
            response.sendRedirect(request.getContextPath() + home.replace("{unit}", unit));
            return;
        }
        Optional<String> owner = owner(path);
        if (owner != null) {
            if (owner.isEmpty() || !owner.get().equals(unit)) {
                if (path.startsWith("/api/")) {
                    Refusals.write(request, response, HttpStatus.NOT_FOUND, "api.error.notFound");
                } else {
                    response.sendError(HttpServletResponse.SC_NOT_FOUND);
                }
                return;
            }
        } else if (!admits(unit, path)) {
            throw new AccessDeniedException(path);
        }
        chain.doFilter(read ? new Pinned(request, unit) : request, response);
    }

    /** The unit of the report or finding the path names; null when it names none. */
    private Optional<String> owner(String path) {
        Matcher m = REPORT.matcher(path);
        if (m.matches()) {
            return unitOf("select unit_code from report where id = ?", m.group(1));
        }
        m = FINDING.matcher(path);
        return m.matches() ? unitOf("select unit_code from finding where id = ?", m.group(1)) : null;
    }

    private Optional<String> unitOf(String sql, String id) {
        try {
            return jdbc.sql(sql).param(Long.parseLong(id)).query(String.class).optional();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /**
     * Whether a reporter of the unit may reach the path (before the owner of a report or finding it names is
     * looked up): a page of the province as a whole leads to its unit's own, a path naming a unit must name theirs,
     * and the rest must be a read narrowed to their unit. {@link Permissions} asks it too, so that pages offer
     * nothing this filter refuses.
     */
    static boolean admits(String unit, String path) {
        if (HOMES.containsKey(path) || REPORT.matcher(path).matches() || FINDING.matcher(path).matches()) {
            return true;
        }
        for (Pattern p : UNIT_IN_PATH) {
            Matcher m = p.matcher(path);
            if (m.matches()) {
                return m.group(1).equals(unit);
            }
        }
        return FILTERED.matcher(path).matches();
    }

    /** The request with {@code ?unit=} set to the reporter's unit. */
    private static final class Pinned extends HttpServletRequestWrapper {

        private final String unit;

        Pinned(HttpServletRequest request, String unit) {
            super(request);
            this.unit = unit;
        }

        @Override
        public String getParameter(String name) {
            return UNIT.equals(name) ? unit : super.getParameter(name);
        }

        @Override
        public String[] getParameterValues(String name) {
            return UNIT.equals(name) ? new String[] {unit} : super.getParameterValues(name);
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            Map<String, String[]> map = new LinkedHashMap<>(super.getParameterMap());
            map.put(UNIT, new String[] {unit});
            return Collections.unmodifiableMap(map);
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.enumeration(getParameterMap().keySet());
        }
    }
}
