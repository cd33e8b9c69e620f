package vn.hungyen.xhht.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.hungyen.xhht.testing.FixedClock;

/**
 * A 50 MB upload, over the 20 MB limit, sent to the real server: refused with 413 and a message saying what to
 * do, as problem JSON to the API and as a page to the form, and nothing stored.
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

    @Test
    void theApiAnswers413WithAProblem() throws Exception {
        HttpResponse<String> answer = post("/api/reports", "application/json");

        assertThat(answer.statusCode()).isEqualTo(413);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t)
                .contains("application/problem+json"));
        assertThat(answer.body()).contains("tối đa 20 MB").doesNotContain("Exception");
        assertThat(jdbc.sql("select count(*) from report").query(Long.class).single()).isZero();
    }

    @Test
    void theFormAnswers413WithAPage() throws Exception {
        HttpResponse<String> answer = post("/upload", "text/html");

        assertThat(answer.statusCode()).isEqualTo(413);
        assertThat(answer.body()).contains("<html").contains("tối đa 20 MB").doesNotContain("Exception");
    }

    private HttpResponse<String> post(String path, String accept) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY).header("Accept", accept)
                .POST(HttpRequest.BodyPublishers.ofByteArray(FIFTY_MB)).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** One part "files" of {@code size} random bytes named big.xlsx. */
    private static byte[] body(int size) {
        byte[] content = new byte[size];
        new Random(74).nextBytes(content);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"big.xlsx\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        out.writeBytes(content);
        out.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }
}
