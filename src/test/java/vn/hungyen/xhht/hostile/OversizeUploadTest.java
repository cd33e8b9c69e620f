package vn.hungyen.xhht.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import vn.hungyen.xhht.testing.FixedClock;
import vn.hungyen.xhht.testing.TestUsers;

/**
 * A 50 MB upload, over the 20 MB limit, sent to the real server by a signed-in user: refused with 413, a message
 * saying what to do (problem JSON to the API, the application's page to the form), and nothing stored.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "xhht.seed-reports=none")
@Import(FixedClock.class)
class OversizeUploadTest {

    private static final String BOUNDARY = "xhht-oversize";
    private static final byte[] FIFTY_MB = body(50 << 20);

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PasswordEncoder encoder;

    @BeforeEach
    void anAdministratorWhoMayUpload() {
        TestUsers.add(jdbc, encoder, "oversize-admin", "ADMIN", null);
    }

    @Test
    void theApiAnswers413WithAProblem() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> answer = http.send(upload("/api/reports", "application/json", FIFTY_MB)
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        ("oversize-admin:" + TestUsers.PASSWORD).getBytes(StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));

        assertThat(answer.statusCode()).isEqualTo(413);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t)
                .contains("application/problem+json"));
        assertThat(answer.body()).contains("tối đa 20 MB").doesNotContain("Exception");
        assertThat(jdbc.sql("select count(*) from report").query(Long.class).single()).isZero();
    }

    @Test
    void theFormAnswers413WithAPage() throws Exception {
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String login = http.send(get("/login"), HttpResponse.BodyHandlers.ofString()).body();
        http.send(HttpRequest.newBuilder(uri("/login")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=oversize-admin&password="
                        + URLEncoder.encode(TestUsers.PASSWORD, StandardCharsets.UTF_8) + "&_csrf=" + csrf(login)))
                .build(), HttpResponse.BodyHandlers.discarding());
        String form = http.send(get("/upload"), HttpResponse.BodyHandlers.ofString()).body();
        assertThat(form).as("signed in").contains("name=\"files\"");

        HttpResponse<String> answer = http.send(upload("/upload", "text/html", body(50 << 20, csrf(form))).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));

        assertThat(answer.statusCode()).isEqualTo(413);
        assertThat(answer.body()).contains("<html").contains("tối đa 20 MB").doesNotContain("Exception")
                .doesNotContain("at org.");
        assertThat(jdbc.sql("select count(*) from report").query(Long.class).single()).isZero();
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private HttpRequest get(String path) {
        return HttpRequest.newBuilder(uri(path)).GET().build();
    }

    private HttpRequest.Builder upload(String path, String accept, byte[] body) {
        return HttpRequest.newBuilder(uri(path)).header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .header("Accept", accept).POST(HttpRequest.BodyPublishers.ofByteArray(body));
    }

    /** The CSRF token of a page's form. */
    private static String csrf(String page) {
        Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
        assertThat(token.find()).as("a CSRF token in the page").isTrue();
        return token.group(1);
    }

    private static byte[] body(int size) {
        return body(size, null);
    }

    /** The form as a browser sends it: its CSRF token when there is one, then "files": big.xlsx, random bytes. */
    private static byte[] body(int size, String csrf) {
        byte[] content = new byte[size];
        new Random(74).nextBytes(content);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (csrf != null) {
            out.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf + "\r\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        out.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"big.xlsx\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        out.writeBytes(content);
        out.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }
}
