package vn.hungyen.xhht.testing;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletRequest;

/**
 * By default a test's MockMvc request is an administrator's (who may do everything), and a POST carries the CSRF
 * token of the form, so that the tests of what the application does need not say who does it. A request that names its own
 * user ({@code .with(user(..))}, {@code .with(anonymous())}, {@code .with(csrf().useInvalidToken())}) overrides
 * this default: the request's own post-processors run last.
 */
@TestConfiguration(proxyBeanMethods = false)
public class SignedInTester {

    public static final String TESTER = "tester";

    @Bean
    MockMvcBuilderCustomizer signedInTester() {
        return builder -> builder.defaultRequest(get("/").with(user(TESTER).roles("ADMIN")).with(SignedInTester::token));
    }

    /** The token a form of the application's pages sends; not on reads, whose parameters the pages' links keep. */
    private static MockHttpServletRequest token(MockHttpServletRequest request) {
        return HttpMethod.GET.matches(request.getMethod()) ? request : csrf().postProcessRequest(request);
    }
}
