package vn.hungyen.xhht.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.catalina.Context;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import vn.hungyen.xhht.testing.FixedClock;
import vn.hungyen.xhht.testing.TestUsers;

/**
 * A small load test over real HTTP on 127.0.0.1 (issue 16, items 2 and 5), bounded loops, a few seconds: slow
 * clients cannot hold every worker, and anonymous requests create no session; and a malformed multipart body,
 * which only a real server parses (item 8). The server's connection timeout is
 * shortened to 1 s here so that a slow client is cut off within the test's seconds (10 s in application.properties).
 * The second client address is 127.0.0.2, also the loopback interface.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"server.address=127.0.0.1", "server.tomcat.connection-timeout=1s", "xhht.seed-reports=none",
            "xhht.demo-users=false"})
@Import(FixedClock.class)
class SlowAndManyClientsTest {

    private static final int SLOW_CLIENTS = 60;
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;
    @Autowired
    WebServerApplicationContext context;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PasswordEncoder passwords;

    @Test
    void slowBodiesFromOneClientAreCappedAndCutOffAndOtherClientsAreServedMeanwhile() throws Exception {
        List<Socket> slow = new ArrayList<>();
        try {
            for (int i = 0; i < SLOW_CLIENTS; i++) {
                Socket s = connect("127.0.0.1");
                s.getOutputStream().write(("POST /login HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: "
                        + "application/x-www-form-urlencoded\r\nContent-Length: 1000\r\n\r\nu").getBytes(StandardCharsets.US_ASCII));
                slow.add(s);
            }
            Thread.sleep(300);
            // another client is answered at once, although the first one holds as many workers as it may
            Instant start = Instant.now();
            assertThat(statusLine(get("127.0.0.2", "/login"))).contains(" 200 ");
            assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofSeconds(2));
            // and the first one's requests beyond its share were refused at once, with words
            long refused = slow.stream().filter(s -> answered(s).contains(" 429 ")).count();
            assertThat(refused).isGreaterThanOrEqualTo(SLOW_CLIENTS - 32);
            // the slow ones still waiting are cut off by the connection timeout: their workers come back
            Thread.sleep(2_500);
            assertThat(statusLine(get("127.0.0.1", "/login"))).contains(" 200 ");
        } finally {
            for (Socket s : slow) {
                s.close();
            }
        }
    }

    @Test
    void anonymousRequestsCreateNoSessionAndSigningInCreatesOne() throws Exception {
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        List<String> paths = List.of("/", "/login", "/reports", "/findings?unit=H_VANLAM", "/api/reports", "/css/app.css");
        int before = activeSessions();
        for (int i = 0; i < 120; i++) {
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(uri(paths.get(i % paths.size()))).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(answer.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("JSESSIONID"));
        }
        assertThat(activeSessions()).isEqualTo(before);

        TestUsers.add(jdbc, passwords, "load.auditor", "AUDITOR", null);
        HttpResponse<String> form = http.send(HttpRequest.newBuilder(uri("/login")).build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher token = CSRF.matcher(form.body());
        assertThat(token.find()).isTrue();
        String cookie = form.headers().allValues("Set-Cookie").stream().map(c -> c.split(";", 2)[0])
                .filter(c -> c.startsWith("XSRF-TOKEN")).findFirst().orElseThrow();
        HttpResponse<String> in = http.send(HttpRequest.newBuilder(uri("/login")).header("Cookie", cookie)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=load.auditor&password="
                        + java.net.URLEncoder.encode(TestUsers.PASSWORD, StandardCharsets.UTF_8) + "&_csrf="
                        + token.group(1))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(in.headers().firstValue("Location").orElse("")).endsWith("/");
        assertThat(activeSessions()).isEqualTo(before + 1);
    }

    @Test
    void anUploadWithoutAMultipartBoundaryIsA400WithWords() throws Exception {
        TestUsers.add(jdbc, passwords, "load.admin", "ADMIN", null);
        String basic = "Basic " + java.util.Base64.getEncoder().encodeToString(
                ("load.admin:" + TestUsers.PASSWORD).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri("/api/reports"))
                .header("Authorization", basic).header("Content-Type", "multipart/form-data")
                .POST(HttpRequest.BodyPublishers.ofString("không phải multipart")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.body()).contains("multipart");
    }

    private int activeSessions() {
        TomcatWebServer server = (TomcatWebServer) context.getWebServer();
        Context app = (Context) server.getTomcat().getHost().findChildren()[0];
        return app.getManager().getActiveSessions();
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private Socket connect(String from) throws IOException {
        Socket s = new Socket();
        s.bind(new InetSocketAddress(from, 0));
        s.connect(new InetSocketAddress("127.0.0.1", port), 2_000);
        s.setSoTimeout(2_000);
        return s;
    }

    private Socket get(String from, String path) throws IOException {
        Socket s = connect(from);
        OutputStream out = s.getOutputStream();
        out.write(("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        return s;
    }

    private static String statusLine(Socket s) throws IOException {
        try (s) {
            return answered(s);
        }
    }

    /** The status line the server sent, or "" when it sent none within the socket's timeout. */
    private static String answered(Socket s) {
        try {
            InputStream in = s.getInputStream();
            StringBuilder line = new StringBuilder();
            for (int b = in.read(); b >= 0 && b != '\n'; b = in.read()) {
                line.append((char) b);
            }
            return line.toString();
        } catch (IOException e) {
            return "";
        }
    }
}
