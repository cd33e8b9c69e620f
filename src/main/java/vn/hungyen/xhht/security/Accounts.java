package vn.hungyen.xhht.security;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Repository;
import vn.hungyen.xhht.system.Caller;

/** Table {@code app_user}: the users who may sign in, and what Spring Security knows of one. */
@Repository
@DependsOnDatabaseInitialization
class Accounts implements UserDetailsService, UserDetailsPasswordService {

    private final JdbcClient jdbc;
    private final Clock clock;

    Accounts(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return jdbc.sql("select * from app_user where username = ?").param(username)
                .query((rs, row) -> details(rs)).optional()
                .orElseThrow(() -> new UsernameNotFoundException(username));
    }

    private static UserDetails details(ResultSet rs) throws SQLException {
        List<GrantedAuthority> authorities = new ArrayList<>();
        authorities.add(new SimpleGrantedAuthority(Role.valueOf(rs.getString("role")).authority()));
        String unit = rs.getString("unit_code");
        if (unit != null) {
            authorities.add(new SimpleGrantedAuthority(Caller.UNIT_AUTHORITY + unit));
        }
        return new SignedInUser(rs.getString("username"), rs.getString("password_hash"), rs.getBoolean("enabled"),
                authorities, rs.getInt("revision"));
    }

    /** A hash of an older kind, replaced at a successful sign-in (DelegatingPasswordEncoder#upgradeEncoding). */
    @Override
    public UserDetails updatePassword(UserDetails user, String newPassword) {
        // the same password in a newer hash: not a change that ends sessions
        jdbc.sql("update app_user set password_hash = ? where username = ?").params(newPassword, user.getUsername())
                .update();
        return loadUserByUsername(user.getUsername());
    }

    /** Whether the user is still enabled and unchanged since {@code revision}. */
    boolean current(String username, int revision) {
        return jdbc.sql("select count(*) from app_user where username = ? and enabled and revision = ?")
                .params(username, revision).query(Long.class).single() > 0;
    }

    long count() {
        return jdbc.sql("select count(*) from app_user").query(Long.class).single();
    }

    List<Account> all() {
        return jdbc.sql("select * from app_user order by username").query((rs, row) -> account(rs)).list();
    }

    Optional<Account> find(String username) {
        return jdbc.sql("select * from app_user where username = ?").param(username)
                .query((rs, row) -> account(rs)).optional();
    }

    void create(String username, String passwordHash, Role role, String unit) {
        jdbc.sql("insert into app_user (username, password_hash, role, unit_code, enabled, created_at) "
                        + "values (?, ?, ?, ?, true, ?)")
                .params(username, passwordHash, role.name(), unit,
                        OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS))
                .update();
    }

    void update(String username, Role role, String unit, boolean enabled) {
        jdbc.sql("update app_user set role = ?, unit_code = ?, enabled = ?, revision = revision + 1 where username = ?")
                .params(role.name(), unit, enabled, username).update();
    }

    void setPassword(String username, String passwordHash) {
        jdbc.sql("update app_user set password_hash = ?, revision = revision + 1 where username = ?")
                .params(passwordHash, username).update();
    }

    private static Account account(ResultSet rs) throws SQLException {
        return new Account(rs.getString("username"), Role.valueOf(rs.getString("role")), rs.getString("unit_code"),
                rs.getBoolean("enabled"), rs.getObject("created_at", OffsetDateTime.class));
    }
}
