package vn.hungyen.xhht.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import vn.hungyen.xhht.testing.AppTest;
import vn.hungyen.xhht.testing.NewInstallation;
import vn.hungyen.xhht.testing.TestUsers;
import vn.hungyen.xhht.testing.WorkbookBuilder;
import vn.hungyen.xhht.testing.Workbooks;

/**
 * Signing in and out through the form (every attempt in the audit log, a new session id), the CSRF token every
 * form of the pages must carry, and the security headers, with a Content-Security-Policy the pages satisfy.
 */
@AppTest
class SignInAndFormsTest extends NewInstallation {

    private static final Pattern INLINE_SCRIPT = Pattern.compile("<script(?![^>]*\\bsrc=)[^>]*>|\\son[a-z]+\\s*=",
            Pattern.CASE_INSENSITIVE);

    @Autowired
    PasswordEncoder passwords;
    @Autowired
    WebApplicationContext context;

    /** A MockMvc without the tests' default user and CSRF token: requests as a browser sends them. */
    MockMvc bare;

    @BeforeEach
    void users() {
        TestUsers.add(jdbc, passwords, "auditor", "AUDITOR", null);
        TestUsers.add(jdbc, passwords, "admin", "ADMIN", null);
        bare = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    @Test
    void signingInChangesTheSessionAndEveryAttemptIsAudited() throws Exception {
        MockHttpSession session = new MockHttpSession();
        String before = session.getId();
        MvcResult in = bare.perform(post("/login").param("username", "auditor")
                        .param("password", TestUsers.PASSWORD).session(session).with(csrf()))
                .andExpect(redirectedUrl("/")).andReturn();
        assertThat(in.getRequest().getSession(false).getId()).isNotEqualTo(before);

        bare.perform(formLogin("/login").user("auditor").password("sai mật khẩu"))
                .andExpect(redirectedUrl("/login?error"));
        bare.perform(formLogin("/login").user("ai-đó").password("x")).andExpect(redirectedUrl("/login?error"));
        // a refused sign-in names who was claimed as its subject, never as its actor (issue 16)
        assertThat(jdbc.sql("select action || ' ' || coalesce(actor, '-') || ' ' || subject from audit_event order by id")
                .query(String.class).list())
                .containsExactly("SIGNED_IN auditor auditor", "SIGN_IN_FAILED - auditor", "SIGN_IN_FAILED - ai-đó");
        // the API's refused passwords too
        bare.perform(get("/api/reports").with(WhoMayDoWhatTest.basicWith("auditor", "sai")))
                .andExpect(status().isUnauthorized());
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'SIGN_IN_FAILED'").query(Long.class)
                .single()).isEqualTo(3);
        assertThat(mvc.perform(get("/audit").param("lang", "en")).andReturn().getResponse()
                .getContentAsString()).contains("Signed in").contains("Sign-in refused");

        bare.perform(post("/logout").session((MockHttpSession) in.getRequest().getSession(false)).with(csrf()))
                .andExpect(redirectedUrl("/login?logout"));
    }

    @Test
    void anAuthorizationHeaderDoesNotSpareTheCsrfTokenToARequestOnASessionCookie() throws Exception {
        MockHttpSession session = (MockHttpSession) bare.perform(post("/login").param("username", "admin")
                        .param("password", TestUsers.PASSWORD).session(new MockHttpSession()).with(csrf()))
                .andExpect(redirectedUrl("/")).andReturn().getRequest().getSession(false);

        bare.perform(post("/api/evaluation").session(session).header("Authorization", "Bearer anything")
                        .with(request -> {
                            request.setRequestedSessionId(session.getId());
                            return request;
                        }))
                .andExpect(status().isForbidden());
        assertThat(jdbc.sql("select count(*) from evaluation").query(Long.class).single()).isZero();
    }

    @Test
    void aFormWithoutItsCsrfTokenIsRefused() throws Exception {
        long finding = jdbc.sql("select min(id) from finding").query(Long.class).optional().orElse(1L);
        bare.perform(multipart("/upload").file(Workbooks.file("vanlam.xlsx", WorkbookBuilder.report("H_VANLAM",
                "2015-H2", LocalDate.of(2015, 12, 10)))).with(user("tester").roles("ADMIN")))
                .andExpect(status().isForbidden());
        bare.perform(multipart("/upload").file(Workbooks.file("vanlam.xlsx", WorkbookBuilder.report("H_VANLAM",
                "2015-H2", LocalDate.of(2015, 12, 10)))).with(user("tester").roles("ADMIN"))
                .with(csrf().useInvalidToken())).andExpect(status().isForbidden());
        for (String form : List.of("/findings/" + finding + "/review", "/rules/preview", "/rules/activate", "/users",
                "/logout")) {
            bare.perform(post(form).param("decision", "ACCEPT").with(user("tester").roles("ADMIN")))
                    .andExpect(status().isForbidden());
        }
        assertThat(jdbc.sql("select count(*) from report").query(Long.class).single()).isZero();
        // an API request carrying its password (HTTP Basic) needs no token; one riding on a page's session does
        bare.perform(Workbooks.upload(Workbooks.file("vanlam.xlsx", WorkbookBuilder.report("H_VANLAM", "2015-H2",
                LocalDate.of(2015, 12, 10)))).with(user("tester").roles("ADMIN"))).andExpect(status().isForbidden());
        bare.perform(Workbooks.upload(Workbooks.file("vanlam.xlsx", WorkbookBuilder.report("H_VANLAM", "2015-H2",
                LocalDate.of(2015, 12, 10)))).with(WhoMayDoWhatTest.basicWith("admin", TestUsers.PASSWORD)))
                .andExpect(status().isOk());
    }

    @Test
    void theApiDescriptionOffersHttpBasic() throws Exception {
        assertThat(mvc.perform(get("/v3/api-docs")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString()).contains("\"securitySchemes\":{\"basicAuth\":{\"type\":\"http\"")
                .contains("\"scheme\":\"basic\"").contains("\"security\":[{\"basicAuth\":[]}]");
    }

    @Test
    void everyPageFormCarriesTheToken() throws Exception {
        for (String page : List.of("/upload", "/rules", "/users")) {
            String html = mvc.perform(get(page)).andReturn().getResponse().getContentAsString();
            assertThat(html).as(page).contains("method=\"post\"").contains("name=\"_csrf\"");
        }
    }

    @Test
    void pagesSendTheSecurityHeadersAndHaveNoInlineScript() throws Exception {
        bare.perform(get("/login"))
                .andExpect(header().string("Content-Security-Policy", SecurityConfiguration.CONTENT_SECURITY_POLICY))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Referrer-Policy", "same-origin"));
        assertThat(SecurityConfiguration.CONTENT_SECURITY_POLICY).contains("script-src 'self';")
                .contains("frame-ancestors 'none'").doesNotContain("unsafe-eval");
        try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
            assertThat(templates.filter(p -> p.toString().endsWith(".html")).filter(SignInAndFormsTest::inlineScript))
                    .as("templates with an inline script or event handler").isEmpty();
        }
    }

    private static boolean inlineScript(Path template) {
        try {
            return INLINE_SCRIPT.matcher(Files.readString(template)).find();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
