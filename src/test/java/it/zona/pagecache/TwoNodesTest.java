package it.zona.pagecache;

import static org.assertj.core.api.Assertions.assertThat;

import it.zona.ZonaApplication;
import it.zona.district.DistrictRegistry;
import it.zona.support.Fixtures;
import it.zona.support.Fixtures.TestDistrict;
import it.zona.support.ZonaIntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.Callable;
import org.apache.catalina.connector.Connector;
import org.apache.coyote.AbstractProtocol;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Two nodes on one database, each with its own copies of the public pages: a change committed on
 * one is seen at once by visitors of the other, over real HTTP.
 */
@ZonaIntegrationTest
class TwoNodesTest {

    private static ConfigurableApplicationContext second;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void startSecondNode(@Autowired Environment first) {
        second = new SpringApplicationBuilder(ZonaApplication.class)
                .profiles("test")
                .properties(
                        "server.port=0",
                        "zona.demo=false",
                        "spring.mail.host=",
                        "spring.datasource.url=" + first.getProperty("spring.datasource.url"),
                        "spring.datasource.username=" + first.getProperty("spring.datasource.username"),
                        "spring.datasource.password=" + first.getProperty("spring.datasource.password", ""))
                .run();
    }

    @AfterAll
    static void stopSecondNode() {
        if (second != null) {
            second.close();
        }
    }

    private String page(int node, String path) throws Exception {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + node + path))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("ETag")).isPresent();
        return response.body();
    }

    private static int secondPort() {
        return ((WebServerApplicationContext) second).getWebServer().getPort();
    }

    /** A change made through the second node's own services, as the District's admin. */
    private static <T> T onSecondNode(TestDistrict district, Callable<T> change) throws Exception {
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(
                        district.admin().username(), null, AuthorityUtils.NO_AUTHORITIES));
        try {
            return change.call();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    @Test
    void aChangeCommittedOnOneNodeIsSeenAtOnceOnTheOther() throws Exception {
        TestDistrict district = fixtures.district();
        String path = "/districts/" + district.slug();
        String before = page(port, path);
        assertThat(page(secondPort(), path)).isEqualTo(before);
        // Both answer from memory: a change behind the application's back goes unseen.
        jdbc.update("update district set name = ? where id = ?", "Nome alle spalle", district.id());
        assertThat(page(port, path)).isEqualTo(before);
        assertThat(page(secondPort(), path)).isEqualTo(before);

        // Both nodes now hold the page; the change goes through the second one.
        String code = fixtures.freeMunicipality();
        String name = onSecondNode(
                        district, () -> second.getBean(DistrictRegistry.class).addMunicipality(district.slug(), code))
                .municipalities()
                .stream()
                .filter(m -> m.istatCode().equals(code))
                .findFirst()
                .orElseThrow()
                .name();
        assertThat(before).doesNotContain(name);

        assertThat(page(port, path)).contains(name);
        assertThat(page(secondPort(), path)).contains(name);
    }

    @Test
    void keptPagesAreWrittenThroughTheConfiguredSocketBuffer() {
        Connector connector = ((TomcatWebServer) ((WebServerApplicationContext) second).getWebServer())
                .getTomcat()
                .getConnector();
        assertThat(((AbstractProtocol<?>) connector.getProtocolHandler()).getProperty("socket.appWriteBufSize"))
                .isEqualTo(Integer.toString(32 * 1024));
    }
}
