package it.zona.shared.web;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * Tomcat refuses some addresses itself, before the application sees them (an encoded NUL or
 * slash), and answered them with its own HTML page. Its error report valve is replaced so that
 * such a refusal of an API address is a problem detail like every other API error; pages keep
 * Tomcat's plain answer.
 */
@Component
class ContainerErrors implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addContextCustomizers(context -> {
            if (context.getParent() instanceof StandardHost host) {
                host.setErrorReportValveClass(ProblemValve.class.getName());
            }
        });
    }

    /** Tomcat creates it by name: it must be public with a constructor without arguments. */
    public static final class ProblemValve extends ErrorReportValve {

        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            int status = response.getStatus();
            String uri = request.getCoyoteRequest().requestURI().toString();
            if (status < 400 || response.getContentWritten() > 0 || uri == null || !uri.startsWith("/api/")) {
                super.report(request, response, throwable);
                return;
            }
            Locale locale =
                    Locale.ENGLISH.getLanguage().equals(request.getLocale().getLanguage())
                            ? Locale.ENGLISH
                            : Locale.ITALIAN;
            String kind = "http-" + status;
            String title = text(locale, "problem.title." + kind, "problem.title.generic");
            String detail = text(locale, "error.http." + status, "error.http.generic");
            try {
                response.setContentType("application/problem+json");
                response.setCharacterEncoding(StandardCharsets.UTF_8.name());
                Writer writer = response.getReporter();
                if (writer != null) {
                    writer.write("{\"type\":\"urn:zona:problem:" + kind + "\",\"title\":\"" + json(title)
                            + "\",\"status\":" + status + ",\"detail\":\"" + json(detail) + "\"}");
                }
                response.finishResponse();
            } catch (IOException | IllegalStateException e) {
                // The client is gone: nothing to answer.
            }
        }

        private static String text(Locale locale, String key, String fallbackKey) {
            ResourceBundle messages = ResourceBundle.getBundle("messages", locale);
            try {
                return messages.getString(key);
            } catch (MissingResourceException e) {
                return messages.getString(fallbackKey);
            }
        }

        private static String json(String text) {
            return text.replace("\\", "\\\\").replace("\"", "\\\"");
        }
    }
}
