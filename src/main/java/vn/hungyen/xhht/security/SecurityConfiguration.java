package vn.hungyen.xhht.security;

import static vn.hungyen.xhht.security.Role.ADMIN;
import static vn.hungyen.xhht.security.Role.AUDITOR;
import static vn.hungyen.xhht.security.Role.RULE_AUTHOR;
import static vn.hungyen.xhht.security.Role.UNIT_REPORTER;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;
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
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
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

    /** What every page loads: the same for every user, signed in or not, whatever their role or unit. */
    static final String[] STATIC_RESOURCES = {"/css/**", "/js/**", "/webjars/**", "/favicon.ico", "/favicon.svg"};

    private static final Refusals REFUSALS = new Refusals();
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    @Bean
    static RoleHierarchy roleHierarchy() {
        return RoleHierarchyImpl.withDefaultRolePrefix()
                .role(ADMIN.name()).implies(AUDITOR.name(), RULE_AUTHOR.name())
                .build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
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
    SecurityFilterChain api(HttpSecurity http, JdbcClient jdbc) throws Exception {
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(a -> a
                        .requestMatchers(HttpMethod.POST, "/api/reports").hasAnyRole(UNIT_REPORTER.name(), ADMIN.name())
                        .requestMatchers(HttpMethod.POST, "/api/findings/*/*", "/api/findings/review")
                        .hasRole(AUDITOR.name())
                        .requestMatchers(HttpMethod.POST, "/api/evaluation")
                        .hasAnyRole(AUDITOR.name(), RULE_AUTHOR.name())
                        .requestMatchers(HttpMethod.POST, "/api/rules/**").hasRole(RULE_AUTHOR.name())
                        .requestMatchers("/api/audit/**").hasRole(AUDITOR.name())
                        .requestMatchers("/api/users/**").hasRole(ADMIN.name())
                        .requestMatchers(HttpMethod.GET, "/api/**").authenticated()
                        .anyRequest().hasRole(ADMIN.name()))
                .httpBasic(b -> b.authenticationEntryPoint(REFUSALS))
                .exceptionHandling(e -> e.authenticationEntryPoint(REFUSALS).accessDeniedHandler(REFUSALS))
                // never a session of its own; a page's session is honoured, so that the pages' export links work
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.NEVER))
                // a request carrying its password needs no CSRF token; one that relies on the page's session does
                .csrf(c -> c.requireCsrfProtectionMatcher(SecurityConfiguration::changeBySession))
                .headers(SecurityConfiguration::headers)
                .addFilterAfter(new UnitScope(jdbc), AuthorizationFilter.class);
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pages(HttpSecurity http, JdbcClient jdbc) throws Exception {
        http.authorizeHttpRequests(a -> a
                        .requestMatchers("/login", "/error")
                        .permitAll()
                        .requestMatchers("/upload", "/upload/**").hasAnyRole(UNIT_REPORTER.name(), ADMIN.name())
                        .requestMatchers(HttpMethod.POST, "/findings/*/review", "/findings/review")
                        .hasRole(AUDITOR.name())
                        .requestMatchers(HttpMethod.POST, "/rules/**").hasRole(RULE_AUTHOR.name())
                        .requestMatchers("/audit/**").hasRole(AUDITOR.name())
                        .requestMatchers("/users/**").hasRole(ADMIN.name())
                        .anyRequest().authenticated())
                .formLogin(f -> f.loginPage("/login").permitAll())
                .logout(l -> l.logoutSuccessUrl("/login?logout").permitAll())
                .headers(SecurityConfiguration::headers)
                .addFilterAfter(new UnitScope(jdbc), AuthorizationFilter.class);
        return http.build();
    }

    private static boolean changeBySession(HttpServletRequest request) {
        return !SAFE_METHODS.contains(request.getMethod()) && request.getHeader(HttpHeaders.AUTHORIZATION) == null;
    }

    private static void headers(HeadersConfigurer<HttpSecurity> h) {
        h.contentSecurityPolicy(c -> c.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN));
    }
}
