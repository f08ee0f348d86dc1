package it.zona.support;

import java.util.List;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Notes which Districts the database held at the moment the web server started taking requests:
 * what a visitor's very first request could see.
 */
@TestConfiguration(proxyBeanMethods = false)
public class ServerStart {

    private static volatile List<String> districts;

    @Bean
    ApplicationListener<WebServerInitializedEvent> districtsWhenTheServerStarts(JdbcTemplate jdbc) {
        return started -> districts = jdbc.queryForList("select slug from district", String.class);
    }

    /** The slugs of the Districts there were when the server started. */
    public static List<String> districts() {
        if (districts == null) {
            throw new IllegalStateException("The web server has not started");
        }
        return districts;
    }
}
