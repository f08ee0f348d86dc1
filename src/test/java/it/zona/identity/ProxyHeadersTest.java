package it.zona.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;

import it.zona.support.Fixtures;
import it.zona.support.ZonaIntegrationTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Requests with a forged {@code Host} or {@code X-Forwarded-Host}, sent to the real server over a
 * plain socket (HTTP clients do not let a test choose the Host header), get redirects that stay on
 * the site. Proxy headers are off by default.
 */
@ZonaIntegrationTest
class ProxyHeadersTest {

    private static final String EVIL = "evil.example";

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Test
    void aForgedHostNeverEndsUpInARedirect() throws IOException {
        Answer toLogin = send("GET /dashboard HTTP/1.1", Map.of("Host", EVIL), null);
        assertThat(toLogin.status()).isEqualTo(302);
        assertThat(toLogin.location()).isEqualTo("/login");
    }

    @Test
    void forwardedHeadersAreIgnoredWhenNoProxyIsConfigured() throws IOException {
        Answer toLogin = send(
                "GET /dashboard HTTP/1.1",
                Map.of("Host", "localhost", "X-Forwarded-Host", EVIL, "X-Forwarded-Proto", "https"),
                null);
        assertThat(toLogin.status()).isEqualTo(302);
        assertThat(toLogin.location()).isEqualTo("/login");
    }

    @Test
    void signingInAndTheFormsAfterItRedirectWithinTheSiteWhateverTheHost() throws IOException {
        String editor = fixtures.district().editor().username();
        Map<String, String> forged = Map.of("Host", EVIL, "X-Forwarded-Host", EVIL);

        Answer asked = send("GET /outbox HTTP/1.1", forged, null);
        String session = asked.cookie("ZONA_SESSION");
        // HTTP/1.0, so that the page comes whole rather than in chunks.
        Answer form = send("GET /login HTTP/1.0", with(forged, "Cookie", session), null);
        Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(form.body());
        assertThat(token.find()).isTrue();

        Answer wrong = send(
                "POST /login HTTP/1.1",
                with(forged, "Cookie", session),
                "username=" + editor + "&password=wrong&_csrf=" + encode(token.group(1)));
        assertThat(wrong.location()).isEqualTo("/login?error");

        Answer signedIn = send(
                "POST /login HTTP/1.1",
                with(forged, "Cookie", session),
                "username=" + editor + "&password=" + encode(Fixtures.PASSWORD) + "&_csrf=" + encode(token.group(1)));
        assertThat(signedIn.status()).isEqualTo(302);
        assertThat(signedIn.location()).as("back to the page asked for").startsWith("/outbox");
    }

    @Test
    void httpsAnswersCarryStrictTransportSecurity() throws Exception {
        mvc.perform(get("/").secure(true))
                .andExpect(header().string("Strict-Transport-Security", startsWith("max-age=31536000")));
        mvc.perform(get("/").secure(false)).andExpect(header().doesNotExist("Strict-Transport-Security"));
    }

    private static Map<String, String> with(Map<String, String> headers, String name, String value) {
        Map<String, String> all = new LinkedHashMap<>(headers);
        all.put(name, value);
        return all;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private Answer send(String requestLine, Map<String, String> headers, String form) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            StringBuilder request = new StringBuilder(requestLine).append("\r\n");
            headers.forEach((name, value) ->
                    request.append(name).append(": ").append(value).append("\r\n"));
            byte[] body = form == null ? new byte[0] : form.getBytes(StandardCharsets.UTF_8);
            if (form != null) {
                request.append("Content-Type: application/x-www-form-urlencoded\r\n")
                        .append("Content-Length: ")
                        .append(body.length)
                        .append("\r\n");
            }
            request.append("Accept: text/html\r\nConnection: close\r\n\r\n");
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.write(body);
            out.flush();
            return Answer.of(readAll(socket.getInputStream()));
        }
    }

    private static String readAll(InputStream in) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        in.transferTo(all);
        return all.toString(StandardCharsets.UTF_8);
    }

    private record Answer(int status, List<String> headerLines, String body) {

        static Answer of(String raw) {
            int end = raw.indexOf("\r\n\r\n");
            List<String> lines = List.of(raw.substring(0, end).split("\r\n"));
            int status = Integer.parseInt(lines.get(0).split(" ")[1]);
            return new Answer(status, lines.subList(1, lines.size()), raw.substring(end + 4));
        }

        String location() {
            return header("Location");
        }

        String header(String name) {
            return headerLines.stream()
                    .filter(line -> line.regionMatches(true, 0, name + ":", 0, name.length() + 1))
                    .map(line -> line.substring(name.length() + 1).strip())
                    .findFirst()
                    .orElse(null);
        }

        /** The cookie as a Cookie header would send it back. */
        String cookie(String name) {
            return headerLines.stream()
                    .filter(line -> line.regionMatches(true, 0, "Set-Cookie:", 0, 11))
                    .map(line -> line.substring(11).strip().split(";")[0])
                    .filter(pair -> pair.startsWith(name + "="))
                    .findFirst()
                    .orElseThrow();
        }
    }
}
