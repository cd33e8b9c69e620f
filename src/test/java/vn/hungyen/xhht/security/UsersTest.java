package vn.hungyen.xhht.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.hungyen.xhht.security.WhoMayDoWhatTest.basicWith;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.crypto.password.PasswordEncoder;
import vn.hungyen.xhht.testing.AppTest;
import vn.hungyen.xhht.testing.NewInstallation;
import vn.hungyen.xhht.testing.SignedInTester;

/** The administrator's users API and page; the first start's administrator and demo users. */
@AppTest
class UsersTest extends NewInstallation {

    private static final String NEW_PASSWORD = "một mật khẩu dài";

    @Autowired
    Accounts accounts;
    @Autowired
    Users users;
    @Autowired
    PasswordEncoder passwords;

    @Test
    void anAdministratorCreatesChangesDisablesAndResetsUsersAndNoPasswordIsEverShown() throws Exception {
        String created = mvc.perform(post("/api/users").contentType(MediaType.APPLICATION_JSON).content(
                        "{\"username\":\"vanlam.clerk\",\"password\":\"" + NEW_PASSWORD
                                + "\",\"role\":\"UNIT_REPORTER\",\"unit\":\"H_VANLAM\"}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.role").value("UNIT_REPORTER"))
                .andExpect(jsonPath("$.unit").value("H_VANLAM")).andExpect(jsonPath("$.enabled").value(true))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(created).doesNotContainIgnoringCase("password").doesNotContain(NEW_PASSWORD);
        assertThat(jdbc.sql("select password_hash from app_user where username = 'vanlam.clerk'")
                .query(String.class).single()).startsWith("{bcrypt-sha256}$2").doesNotContain(NEW_PASSWORD);
        assertThat(mvc.perform(get("/api/users")).andReturn().getResponse().getContentAsString())
                .contains("vanlam.clerk").doesNotContainIgnoringCase("password").doesNotContain("bcrypt");
        mvc.perform(get("/api/reports").with(basicWith("vanlam.clerk", NEW_PASSWORD))).andExpect(status().isOk());

        // refused: a unit that is not in the register, a short password, a name taken
        mvc.perform(post("/api/users").contentType(MediaType.APPLICATION_JSON).content(
                        "{\"username\":\"x.clerk\",\"password\":\"" + NEW_PASSWORD + "\",\"role\":\"UNIT_REPORTER\","
                                + "\"unit\":\"H_NOWHERE\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value(
                        "Cán bộ báo cáo phải thuộc một đơn vị trong danh mục; \"H_NOWHERE\" không có trong danh mục."));
        mvc.perform(post("/api/users").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"short\",\"password\":\"123\",\"role\":\"AUDITOR\"}"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/users").contentType(MediaType.APPLICATION_JSON).content(
                        "{\"username\":\"vanlam.clerk\",\"password\":\"" + NEW_PASSWORD + "\",\"role\":\"AUDITOR\"}"))
                .andExpect(status().isConflict());

        // an auditor now, then disabled: the password no longer opens anything
        mvc.perform(patch("/api/users/vanlam.clerk").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"role\":\"AUDITOR\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.role").value("AUDITOR"))
                .andExpect(jsonPath("$.unit").isEmpty());
        mvc.perform(get("/api/audit").with(basicWith("vanlam.clerk", NEW_PASSWORD))).andExpect(status().isOk());
        mvc.perform(patch("/api/users/vanlam.clerk").contentType(MediaType.APPLICATION_JSON)
                .content("{\"enabled\":false}")).andExpect(status().isOk());
        mvc.perform(get("/api/reports").with(basicWith("vanlam.clerk", NEW_PASSWORD)))
                .andExpect(status().isUnauthorized());
        mvc.perform(patch("/api/users/vanlam.clerk").contentType(MediaType.APPLICATION_JSON)
                .content("{\"enabled\":true,\"password\":\"một mật khẩu mới hơn\"}")).andExpect(status().isOk());
        mvc.perform(get("/api/reports").with(basicWith("vanlam.clerk", NEW_PASSWORD)))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/api/reports").with(basicWith("vanlam.clerk", "một mật khẩu mới hơn")))
                .andExpect(status().isOk());

        assertThat(jdbc.sql("select action || ' ' || actor || ' ' || subject || ': ' || text from audit_event "
                        + "where action like 'USER%' order by id").query(String.class).list())
                .containsExactly("USER_CREATED " + SignedInTester.TESTER + " vanlam.clerk: UNIT_REPORTER H_VANLAM",
                        "USER_CHANGED " + SignedInTester.TESTER + " vanlam.clerk: AUDITOR",
                        "USER_CHANGED " + SignedInTester.TESTER + " vanlam.clerk: AUDITOR, disabled",
                        "USER_CHANGED " + SignedInTester.TESTER + " vanlam.clerk: AUDITOR, password reset");
    }

    @Test
    void anAdministratorCannotLockThemselvesOut() throws Exception {
        users.bootstrap("root", NEW_PASSWORD, Role.ADMIN, null);
        mvc.perform(patch("/api/users/root").with(basicWith("root", NEW_PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"enabled\":false}"))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/users").with(basicWith("root", NEW_PASSWORD))).andExpect(status().isOk());
    }

    @Test
    void theUsersPageListsCreatesAndChangesUsers() throws Exception {
        mvc.perform(post("/users").param("username", "author.hoa").param("role", "RULE_AUTHOR")
                        .param("password", NEW_PASSWORD).param("lang", "en"))
                .andExpect(redirectedUrl("/users?lang=en"));
        String page = mvc.perform(get("/users").param("lang", "en")).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("<h1>Users</h1>").contains("author.hoa").contains("Rule author")
                .doesNotContain(NEW_PASSWORD).doesNotContain("bcrypt");
        mvc.perform(post("/users/author.hoa").param("role", "UNIT_REPORTER").param("unit", "H_KHOAICHAU")
                .param("enabled", "true")).andExpect(redirectedUrl("/users"));
        assertThat(accounts.find("author.hoa").orElseThrow())
                .extracting(Account::role, Account::unit, Account::enabled)
                .containsExactly(Role.UNIT_REPORTER, "H_KHOAICHAU", true);
        String refused = mvc.perform(post("/users").param("username", "x").param("role", "AUDITOR")
                        .param("password", "short"))
                .andExpect(status().isBadRequest()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(refused).contains("Tên đăng nhập &quot;x&quot; không hợp lệ");
    }

    @Test
    void aNewInstallationGetsAnAdministratorAndTheDemoItsDemoUsers() {
        new FirstStart(accounts, users, "mật khẩu của quản trị", false).run(null);
        assertThat(accounts.all()).extracting(Account::username).containsExactly(FirstStart.ADMIN);
        assertThat(passwords.matches("mật khẩu của quản trị", jdbc.sql(
                "select password_hash from app_user where username = 'admin'").query(String.class).single())).isTrue();
        // started again: users exist, nothing is added or changed
        new FirstStart(accounts, users, "", true).run(null);
        assertThat(accounts.all()).hasSize(1);

        jdbc.sql("delete from app_user").update();
        new FirstStart(accounts, users, "", true).run(null);
        assertThat(accounts.all()).extracting(Account::username, Account::role, Account::unit).containsExactly(
                tuple("admin", Role.ADMIN, null),
                tuple("auditor", Role.AUDITOR, null),
                tuple("author", Role.RULE_AUTHOR, null),
                tuple("demo-admin", Role.ADMIN, null),
                tuple("khoaichau", Role.UNIT_REPORTER, "H_KHOAICHAU"));
        // the random administrator's password is no demo password
        assertThat(passwords.matches(FirstStart.DEMO_PASSWORD, jdbc.sql(
                "select password_hash from app_user where username = 'admin'").query(String.class).single())).isFalse();
    }
}
