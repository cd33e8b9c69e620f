package vn.hungyen.xhht.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

/**
 * The whole application on the real PostgreSQL, in a fresh schema of its own ({@link PostgresSchema}), with
 * MockMvc (requests by {@link SignedInTester}) and {@link FixedClock}. Skipped when PostgreSQL is not
 * reachable, unless CI=true. Test classes that carry only this share one Spring context (and schema).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ExtendWith(PostgresSchema.class)
@SpringBootTest
@AutoConfigureMockMvc
@Import({FixedClock.class, PostgresSchema.DropOnClose.class, SignedInTester.class})
@TestPropertySource(properties = {
    "spring.datasource.url=${" + PostgresSchema.URL_PROPERTY + "}",
    "spring.datasource.username=${" + PostgresSchema.USER_PROPERTY + "}",
    "spring.datasource.password=${" + PostgresSchema.PASSWORD_PROPERTY + ":}",
    "spring.flyway.schemas=${" + PostgresSchema.SCHEMA_PROPERTY + "}",
    "spring.flyway.default-schema=${" + PostgresSchema.SCHEMA_PROPERTY + "}"})
public @interface PostgresAppTest {
}
