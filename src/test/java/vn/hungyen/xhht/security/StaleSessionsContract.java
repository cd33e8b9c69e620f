package vn.hungyen.xhht.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import vn.hungyen.xhht.testing.NewInstallation;
import vn.hungyen.xhht.testing.TestUsers;

/**
 * A user changed by an administrator loses the page session they had, at its next request (the revision of V7,
 * read on each request by security/StaleSessions).
 */
abstract class StaleSessionsContract extends NewInstallation {

    @Autowired
    WebApplicationContext context;
    @Autowired
    PasswordEncoder passwords;

    private MockMvc bare;

    @BeforeEach
    void users() {
        bare = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        TestUsers.add(jdbc, passwords, "stale.clerk", "UNIT_REPORTER", "H_VANLAM");
        TestUsers.add(jdbc, passwords, "stale.auditor", "AUDITOR", null);
        TestUsers.add(jdbc, passwords, "other.auditor", "AUDITOR", null);
    }

    @Test
    void aDisabledClerksSessionEndsAndTheirUploadIsNotTaken() throws Exception {
        MockHttpSession clerk = signIn("stale.clerk");
        bare.perform(get("/reports").session(clerk)).andExpect(status().isOk());

        change("stale.clerk", "{\"enabled\":false}");

        bare.perform(get("/reports").session(clerk)).andExpect(redirectedUrl("/login"));
        bare.perform(multipart("/api/reports").file(new MockMultipartFile("files", "x.xlsx", null, new byte[10]))
                .session(clerk).with(csrf())).andExpect(status().isUnauthorized());
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'UPLOADED'").query(Long.class).single())
                .isZero();
    }

    @Test
    void aDemotedAuditorsSessionEndsAndOtherSessionsGoOn() throws Exception {
        MockHttpSession auditor = signIn("stale.auditor");
        MockHttpSession other = signIn("other.auditor");
        bare.perform(get("/audit").session(auditor)).andExpect(status().isOk());

        change("stale.auditor", "{\"role\":\"RULE_AUTHOR\"}");

        bare.perform(get("/audit").session(auditor)).andExpect(redirectedUrl("/login"));
        bare.perform(get("/audit").session(other)).andExpect(status().isOk());
    }

    @Test
    void aPasswordResetEndsTheSession() throws Exception {
        MockHttpSession auditor = signIn("stale.auditor");

        change("stale.auditor", "{\"password\":\"một mật khẩu mới hẳn\"}");

        bare.perform(get("/findings").session(auditor)).andExpect(redirectedUrl("/login"));
    }

    private MockHttpSession signIn(String username) throws Exception {
        MockHttpSession session = new MockHttpSession();
        MockHttpSession signedIn = (MockHttpSession) bare.perform(post("/login").param("username", username)
                        .param("password", TestUsers.PASSWORD).session(session).with(csrf()))
                .andExpect(redirectedUrl("/")).andReturn().getRequest().getSession(false);
        return signedIn;
    }

    private void change(String username, String json) throws Exception {
        mvc.perform(patch("/api/users/" + username).contentType(MediaType.APPLICATION_JSON).content(json))
                .andExpect(status().isOk());
    }
}
