package vn.hungyen.xhht.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.hungyen.xhht.security.WhoMayDoWhatTest.basicWith;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.json.JsonMapper;
import vn.hungyen.xhht.testing.AppTest;
import vn.hungyen.xhht.testing.NewInstallation;

/**
 * Passwords as OWASP ASVS level 2 has them (12 to 128 characters of any kind, never truncated, not guessable)
 * and sign-in throttled per account and per client address; a refused sign-in is audited without an actor.
 * Each test uses its own user names and client address, since the throttle's counts live as long as the
 * application context, which test classes share.
 */
@AppTest
class PasswordsAndSignInTest extends NewInstallation {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    // 54 Vietnamese letters and spaces: 75 bytes of UTF-8, beyond bcrypt's 72
    private static final String PASSPHRASE = "Người Hưng Yên học tập suốt đời để xây dựng xã hội học";

    @Autowired
    WebApplicationContext context;

    private MockMvc bare;

    @BeforeEach
    void withoutTheTestersUser() {
        bare = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    @Test
    void weakPasswordsAreRefusedWithWordsAndALongPassphraseIsKeptWhole() throws Exception {
        assertThat(PASSPHRASE.getBytes(StandardCharsets.UTF_8).length).isGreaterThan(72);
        assertRefused("lan.clerk", "ngắn-11-ký", "ít nhất 12 ký tự");
        assertRefused("lan.clerk", " ".repeat(12), "lặp lại");
        assertRefused("lan.clerk", "aaaaaaaaaaaa", "lặp lại");
        assertRefused("lan.clerk", "abababababab", "lặp lại");
        assertRefused("lan.clerk", "Lan.Clerk-2016!", "tên đăng nhập");
        assertRefused("lan.clerk", "Password2016!", "phổ biến");
        assertRefused("lan.clerk", "Mật khẩu 1234567", "phổ biến");
        assertRefused("lan.clerk", "x".repeat(64) + "y".repeat(65), "dài nhất 128 ký tự");

        create("lan.clerk", PASSPHRASE);

        bare.perform(get("/api/reports").with(basicWith("lan.clerk", PASSPHRASE))).andExpect(status().isOk());
        // a password that differs only beyond the 72nd byte is another password
        bare.perform(get("/api/reports").with(basicWith("lan.clerk", PASSPHRASE.substring(0, 50) + "khác")))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void anOlderBcryptHashStillSignsInIsUpgradedAndALongPasswordAgainstItIsNoError() throws Exception {
        jdbc.sql("insert into app_user (username, password_hash, role, enabled, created_at) "
                        + "values ('old.auditor', ?, 'AUDITOR', true, ?)")
                .params("{bcrypt}" + new BCryptPasswordEncoder().encode("mật khẩu cũ của tôi"),
                        OffsetDateTime.now(ZoneOffset.UTC)).update();

        bare.perform(get("/api/reports").with(basicWith("old.auditor", PASSPHRASE + PASSPHRASE)))
                .andExpect(status().isUnauthorized());
        bare.perform(get("/api/reports").with(basicWith("old.auditor", "mật khẩu cũ của tôi")))
                .andExpect(status().isOk());

        assertThat(jdbc.sql("select password_hash from app_user where username = 'old.auditor'").query(String.class)
                .single()).startsWith("{bcrypt-sha256}");
        bare.perform(get("/api/reports").with(basicWith("old.auditor", "mật khẩu cũ của tôi")))
                .andExpect(status().isOk());
    }

    @Test
    void afterFiveFailuresAnAccountWaitsEvenWithTheRightPasswordAndOtherAccountsDoNot() throws Exception {
        create("mai.clerk", PASSPHRASE);
        create("hoa.clerk", PASSPHRASE);
        for (int i = 0; i < SignInThrottle.ACCOUNT_FREE; i++) {
            bare.perform(signIn("mai.clerk", "sai " + i, "10.20.0.1"))
                    .andExpect(redirectedUrl("/login?error"));
        }

        bare.perform(signIn("mai.clerk", PASSPHRASE, "10.20.0.2"))
                .andExpect(redirectedUrlPattern("/login?wait=*"));
        bare.perform(get("/api/reports").with(basicWith("mai.clerk", PASSPHRASE)).with(from("10.20.0.3")))
                .andExpect(status().isTooManyRequests()).andExpect(header().exists("Retry-After"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("giây")));
        bare.perform(get("/login").param("wait", "1")).andExpect(status().isOk())
                .andExpect(result -> assertThat(result.getResponse().getContentAsString(StandardCharsets.UTF_8))
                        .contains("Đăng nhập sai quá nhiều lần"));
        bare.perform(signIn("hoa.clerk", PASSPHRASE, "10.20.0.1"))
                .andExpect(redirectedUrl("/"));
    }

    @Test
    void fiftyFailuresFromOneAddressMakeItWaitWhateverTheNames() throws Exception {
        create("tuan.clerk", PASSPHRASE);
        for (int i = 0; i < SignInThrottle.CLIENT_FREE; i++) {
            bare.perform(get("/api/reports").with(basicWith("doan-" + i, "sai")).with(from("10.30.0.1")))
                    .andExpect(status().isUnauthorized());
        }

        bare.perform(get("/api/reports").with(basicWith("tuan.clerk", PASSPHRASE)).with(from("10.30.0.1")))
                .andExpect(status().isTooManyRequests());
        bare.perform(get("/api/reports").with(basicWith("tuan.clerk", PASSPHRASE)).with(from("10.30.0.2")))
                .andExpect(status().isOk());
    }

    @Test
    void aRefusedSignInIsAuditedWithoutAnActorSoNobodyWritesUnderAnothersName() throws Exception {
        bare.perform(signIn("admin", "đoán mò", "10.40.0.1"))
                .andExpect(redirectedUrl("/login?error"));

        assertThat(jdbc.sql("select coalesce(actor, '-') || ' ' || subject from audit_event "
                + "where action = 'SIGN_IN_FAILED'").query(String.class).list()).containsExactly("- admin");
    }

    private void create(String username, String password) throws Exception {
        mvc.perform(post("/api/users").contentType(MediaType.APPLICATION_JSON).content(JSON.writeValueAsString(
                        java.util.Map.of("username", username, "password", password, "role", "AUDITOR"))))
                .andExpect(status().isCreated());
    }

    private void assertRefused(String username, String password, String said) throws Exception {
        mvc.perform(post("/api/users").contentType(MediaType.APPLICATION_JSON).content(JSON.writeValueAsString(
                        java.util.Map.of("username", username, "password", password, "role", "AUDITOR"))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString(said)));
    }

    private static MockHttpServletRequestBuilder signIn(String username, String password, String address) {
        return post("/login").param("username", username).param("password", password).with(csrf())
                .with(from(address));
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }
}
