package it.zona.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.Cookie;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * A visitor's browser: sends the cookies it was given (the session, the language) with every
 * request, asks for HTML, and submits forms the way a browser does, hidden fields (CSRF token,
 * version) included.
 */
public final class WebClient {

    private final MockMvc mvc;
    private final Map<String, Cookie> cookies = new LinkedHashMap<>();

    public WebClient(MockMvc mvc) {
        this.mvc = mvc;
    }

    public MvcResult get(String url) {
        return send(MockMvcRequestBuilders.get(url));
    }

    /** A GET that must answer 200 with a page. */
    public Document open(String url) {
        MvcResult result = get(url);
        assertThat(result.getResponse().getStatus()).as("GET " + url).isEqualTo(200);
        return html(result);
    }

    /** A POST with a valid CSRF token, for actions whose form the test does not need to read. */
    public MvcResult post(String url, Map<String, String> parameters) {
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.post(url).with(csrf());
        parameters.forEach(request::param);
        return send(request);
    }

    /** Submits a form of the page with its current values, some of them changed. */
    public MvcResult submit(Document page, String formSelector, Map<String, String> changes) {
        Element form = page.selectFirst(formSelector);
        assertThat(form).as("a form " + formSelector).isNotNull();
        MultiValueMap<String, String> values = values(form);
        changes.forEach((name, value) -> values.put(name, List.of(value)));
        return send(MockMvcRequestBuilders.post(form.attr("action")).params(values));
    }

    /** Submits this form with its current values, some of them changed. */
    public MvcResult submit(Element form, Map<String, String> changes) {
        MultiValueMap<String, String> values = values(form);
        changes.forEach((name, value) -> values.put(name, List.of(value)));
        return send(MockMvcRequestBuilders.post(form.attr("action")).params(values));
    }

    /** Submits a form that sends a file (multipart/form-data), with its current values and the file chosen. */
    public MvcResult upload(Document page, String formSelector, String fileField, String fileName, byte[] content) {
        Element form = page.selectFirst(formSelector);
        assertThat(form).as("a form " + formSelector).isNotNull();
        MockMultipartHttpServletRequestBuilder request = MockMvcRequestBuilders.multipart(form.attr("action"));
        request.file(new MockMultipartFile(fileField, fileName, MediaType.APPLICATION_OCTET_STREAM_VALUE, content));
        request.params(values(form));
        return send(request);
    }

    /** Signs in through the login form, as a browser would. */
    public MvcResult signIn(String username, String password) {
        return submit(open("/login"), "main form", Map.of("username", username, "password", password));
    }

    /**
     * The error page a servlet container would show for a refusal sent with sendError (MockMvc
     * does not forward to /error by itself).
     */
    public Document errorPage(MvcResult refused) {
        int status = refused.getResponse().getStatus();
        MvcResult page = send(MockMvcRequestBuilders.get("/error")
                .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, status)
                .requestAttr(
                        RequestDispatcher.ERROR_REQUEST_URI,
                        refused.getRequest().getRequestURI()));
        assertThat(page.getResponse().getStatus()).isEqualTo(status);
        assertNoStackTrace(page);
        return html(page);
    }

    public Cookie[] cookies() {
        return cookies.values().toArray(Cookie[]::new);
    }

    private MvcResult send(AbstractMockHttpServletRequestBuilder<?> request) {
        request.accept(MediaType.TEXT_HTML);
        if (!cookies.isEmpty()) {
            request.cookie(cookies());
        }
        MvcResult result = perform(mvc, request);
        for (Cookie cookie : result.getResponse().getCookies()) {
            if (cookie.getMaxAge() == 0) {
                cookies.remove(cookie.getName());
            } else {
                cookies.put(cookie.getName(), cookie);
            }
        }
        return result;
    }

    private static MultiValueMap<String, String> values(Element form) {
        MultiValueMap<String, String> values = new LinkedMultiValueMap<>();
        for (Element field : form.select("input[name], select[name], textarea[name]")) {
            String name = field.attr("name");
            switch (field.tagName()) {
                case "select" -> {
                    Elements options = field.select("option[selected]");
                    Element option = options.isEmpty() ? field.selectFirst("option") : options.first();
                    if (option != null) {
                        values.add(name, option.hasAttr("value") ? option.attr("value") : option.text());
                    }
                }
                case "textarea" -> values.add(name, field.wholeText());
                default -> {
                    String type = field.attr("type").toLowerCase();
                    if (List.of("submit", "button", "reset", "image", "file").contains(type)) {
                        continue;
                    }
                    if ((type.equals("checkbox") || type.equals("radio")) && !field.hasAttr("checked")) {
                        continue;
                    }
                    values.add(name, field.val());
                }
            }
        }
        return values;
    }

    /** The response as a parsed page; it must be HTML. */
    public static Document html(MvcResult result) {
        assertThat(result.getResponse().getContentType()).startsWith(MediaType.TEXT_HTML_VALUE);
        return Jsoup.parse(content(result));
    }

    public static String content(MvcResult result) {
        try {
            return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Error pages say what happened in words, never with the server's insides. */
    public static void assertNoStackTrace(MvcResult result) {
        assertThat(content(result)).doesNotContain("Exception", "at it.zona", "at org.springframework", "trace");
    }

    public static MvcResult perform(MockMvc mvc, RequestBuilder request) {
        try {
            return mvc.perform(request).andReturn();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
