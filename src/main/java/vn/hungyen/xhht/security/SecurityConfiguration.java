package vn.hungyen.xhht.security;

import static vn.hungyen.xhht.security.Role.ADMIN;
import static vn.hungyen.xhht.security.Role.AUDITOR;
import static vn.hungyen.xhht.security.Role.RULE_AUTHOR;
import static vn.hungyen.xhht.security.Role.UNIT_REPORTER;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.savedrequest.CookieRequestCache;
import org.springframework.security.web.savedrequest.NullRequestCache;
import org.springframework.security.web.session.HttpSessionEventPublisher;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Who may do what. The JSON API ({@code /api/**}) answers HTTP Basic and creates no session: a request that
 * carries its password needs no CSRF token (one that relies on a page's session, as the export links do, does);
 * the pages sign in with a form, keep a session (a new id at sign-in) and require the CSRF token that
 * Thymeleaf's {@code th:action} adds to every form. A unit reporter's requests are further pinned to their unit
 * by {@link UnitScope}.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    /**
     * Scripts only from the application itself (no inline script, no CDN); inline style attributes are allowed
     * because pages size bars with them; nothing may frame the pages.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    static final int SESSIONS_PER_USER = 5;
    /** What every page loads: the same for every user, signed in or not, whatever their role or unit. */
    static final String[] STATIC_RESOURCES = {"/css/**", "/js/**", "/webjars/**", "/favicon.ico", "/favicon.svg"};

    private static final Refusals REFUSALS = new Refusals();
    private static final CookieCsrfTokenRepository CSRF_TOKENS = new CookieCsrfTokenRepository();
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    @Bean
    static RoleHierarchy roleHierarchy() {
        return RoleHierarchyImpl.withDefaultRolePrefix()
                .role(ADMIN.name()).implies(AUDITOR.name(), RULE_AUTHOR.name())
                .build();
    }

    /** Tells the session registry of {@link #SESSIONS_PER_USER} when a session ends (times out, signs out). */
    @Bean
    static HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PreHashedBcrypt.delegating();
    }

    /** Form and HTTP Basic sign-ins: passwords checked against {@link Accounts}, throttled, and the outcome published. */
    @Bean
    AuthenticationManager authenticationManager(Accounts accounts, PasswordEncoder encoder, SignInThrottle throttle,
                                                ApplicationEventPublisher events) {
        DaoAuthenticationProvider checker = new DaoAuthenticationProvider(accounts);
        checker.setPasswordEncoder(encoder);
        checker.setUserDetailsPasswordService(accounts);
        ProviderManager manager = new ProviderManager(new ThrottledSignIn(checker, throttle));
        manager.setAuthenticationEventPublisher(new DefaultAuthenticationEventPublisher(events));
        return manager;
    }

    /**
     * The stylesheets, scripts and icons in a chain of their own, ahead of the others: no unit scoping, session or
     * saved request applies to them, so a unit reporter's pages are styled as everyone's (issue 12: under the
     * pages' chain, {@link UnitScope} refused them to reporters).
     */
    @Bean
    @Order(0)
    SecurityFilterChain staticResources(HttpSecurity http) throws Exception {
        http.securityMatcher(STATIC_RESOURCES)
                .authorizeHttpRequests(a -> a.anyRequest().permitAll())
                .requestCache(c -> c.disable())
                .securityContext(c -> c.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(c -> c.disable())
                .headers(SecurityConfiguration::headers);
        return http.build();
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, JdbcClient jdbc, AuthenticationManager signIn, Accounts accounts)
            throws Exception {
        http.securityMatcher("/api/**").authenticationManager(signIn)
                .authorizeHttpRequests(a -> a
                        .requestMatchers(HttpMethod.POST, "/api/reports").hasAnyRole(UNIT_REPORTER.name(), ADMIN.name())
                        .requestMatchers(HttpMethod.POST, "/api/findings/*/*", "/api/findings/review")
                        .hasRole(AUDITOR.name())
                        .requestMatchers(HttpMethod.POST, "/api/evaluation")
                        .hasAnyRole(AUDITOR.name(), RULE_AUTHOR.name())
                        .requestMatchers(HttpMethod.POST, "/api/rules/**").hasRole(RULE_AUTHOR.name())
                        .requestMatchers(HttpMethod.PUT, "/api/rules/**").hasRole(RULE_AUTHOR.name())
                        .requestMatchers(HttpMethod.DELETE, "/api/rules/**").hasRole(RULE_AUTHOR.name())
                        // drafts are the rule authors' work in progress; auditors may read them
                        .requestMatchers("/api/rules/versions/**").hasAnyRole(AUDITOR.name(), RULE_AUTHOR.name())
                        .requestMatchers("/api/audit/**").hasRole(AUDITOR.name())
                        .requestMatchers("/api/users/**").hasRole(ADMIN.name())
                        .requestMatchers(HttpMethod.GET, "/api/**").authenticated()
                        .anyRequest().hasRole(ADMIN.name()))
                .httpBasic(b -> b.authenticationEntryPoint(REFUSALS))
                .exceptionHandling(e -> e.authenticationEntryPoint(REFUSALS).accessDeniedHandler(REFUSALS))
                // never a session of its own; a page's session is honoured, so that the pages' export links work
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.NEVER))
                // nor one to remember a refused request by (a 401 is no page to come back to)
                .requestCache(r -> r.requestCache(new NullRequestCache()))
                // a request carrying its password needs no CSRF token; one that relies on the page's session does
                .csrf(c -> c.requireCsrfProtectionMatcher(SecurityConfiguration::changeBySession)
                        .csrfTokenRepository(CSRF_TOKENS))
                .headers(SecurityConfiguration::headers)
                .addFilterAfter(new StaleSessions(accounts), SecurityContextHolderFilter.class)
                .addFilterAfter(new UnitScope(jdbc), AuthorizationFilter.class);
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pages(HttpSecurity http, JdbcClient jdbc, AuthenticationManager signIn, Accounts accounts)
            throws Exception {
        http.authenticationManager(signIn).authorizeHttpRequests(a -> a
                        .requestMatchers("/login", "/error")
                        .permitAll()
                        .requestMatchers("/upload", "/upload/**").hasAnyRole(UNIT_REPORTER.name(), ADMIN.name())
                        .requestMatchers(HttpMethod.POST, "/findings/*/review", "/findings/review")
                        .hasRole(AUDITOR.name())
                        .requestMatchers(HttpMethod.POST, "/rules/**").hasRole(RULE_AUTHOR.name())
                        .requestMatchers("/rules/sets/**").hasAnyRole(AUDITOR.name(), RULE_AUTHOR.name())
                        .requestMatchers("/audit/**").hasRole(AUDITOR.name())
                        .requestMatchers("/users/**").hasRole(ADMIN.name())
                        .anyRequest().authenticated())
                .formLogin(f -> f.loginPage("/login").permitAll().failureHandler(SecurityConfiguration::signInFailed))
                .logout(l -> l.logoutSuccessUrl("/login?logout").permitAll())
                // no session before sign-in: the CSRF token of the sign-in form and the page asked for before
                // signing in are kept in cookies, so that anonymous requests cannot pile sessions up
                .csrf(c -> c.csrfTokenRepository(CSRF_TOKENS))
                .requestCache(r -> r.requestCache(new CookieRequestCache()))
                // and a user's sessions are capped: the oldest ends when one too many signs in
                .sessionManagement(s -> s.maximumSessions(SESSIONS_PER_USER))
                .headers(SecurityConfiguration::headers)
                .addFilterAfter(new StaleSessions(accounts), SecurityContextHolderFilter.class)
                .addFilterAfter(new UnitScope(jdbc), AuthorizationFilter.class);
        return http.build();
    }

    /** Back to the sign-in page, saying whether the password was wrong or signing in must wait. */
    private static void signInFailed(HttpServletRequest request, HttpServletResponse response,
                                     AuthenticationException e) throws IOException {
        String why = e instanceof ThrottledSignIn.Throttled t ? "wait=" + Math.max(1, t.waitFor().toMinutes() + 1)
                : "error";
        response.sendRedirect(request.getContextPath() + "/login?" + why);
    }

    /**
     * A change that a page's session could be carrying: any unsafe request but one that has its own credentials and
     * no session cookie (a browser adds an Authorization header of its own accord only for HTTP Basic it was
     * asked for, but a forged request may send any header along with the victim's cookie).
     */
    private static boolean changeBySession(HttpServletRequest request) {
        return !SAFE_METHODS.contains(request.getMethod())
                && (request.getHeader(HttpHeaders.AUTHORIZATION) == null || request.getRequestedSessionId() != null);
    }

    private static void headers(HeadersConfigurer<HttpSecurity> h) {
        h.contentSecurityPolicy(c -> c.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN));
    }
}
