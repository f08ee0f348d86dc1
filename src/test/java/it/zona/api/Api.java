package it.zona.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import it.zona.shared.TaxCode;
import it.zona.support.Fixtures;
import it.zona.support.Fixtures.Staff;
import it.zona.support.Fixtures.TestDistrict;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.function.Executable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Request builders and checks shared by the API tests: JSON bodies, bearer tokens, creating things
 * through the API itself, and what every refusal must look like.
 */
final class Api {

    static final String DISTRICTS = "/api/v1/districts";

    // Ten-digit prefixes of generated tax codes: different in every run, so PostgreSQL runs never clash.
    private static final AtomicLong TAX_CODES = new AtomicLong(System.currentTimeMillis() % 1_000_000_000L * 10);

    private final MockMvc mvc;
    private final JsonMapper json;

    Api(MockMvc mvc, JsonMapper json) {
        this.mvc = mvc;
        this.json = json;
    }

    /** The address of something of the District, e.g. {@code path(d, "/organizations/3")}. */
    static String path(TestDistrict district, String rest) {
        return DISTRICTS + "/" + district.slug() + rest;
    }

    /** A marker, unique in the database, to put in private data and look for in answers. */
    static String secret() {
        return "zsecret" + Fixtures.unique();
    }

    /** A new 11-digit tax code with the right check digit. */
    static String taxCode() {
        String tenDigits = String.format("%010d", TAX_CODES.incrementAndGet() % 10_000_000_000L);
        return tenDigits + TaxCode.numericCheckDigit(tenDigits);
    }

    /** A JSON object from names and values; values may be null (unlike Map.of). */
    static Map<String, Object> fields(Object... namesAndValues) {
        Map<String, Object> fields = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            fields.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return fields;
    }

    static Map<String, Object> with(Map<String, Object> fields, Object... namesAndValues) {
        Map<String, Object> changed = new LinkedHashMap<>(fields);
        changed.putAll(fields(namesAndValues));
        return changed;
    }

    /** An organisation whose name and e-mail carry the secret, with a fresh tax code. */
    static Map<String, Object> organization(String secret) {
        return fields(
                "name",
                "Cooperativa " + secret,
                "type",
                "SOCIAL_COOPERATIVE",
                "taxCode",
                taxCode(),
                "email",
                secret + "@example.org");
    }

    /** A person whose surname and e-mail carry the secret. */
    static Map<String, Object> person(String secret) {
        return fields("givenName", "Anna", "familyName", "Riservata " + secret, "email", secret + "@example.org");
    }

    static Map<String, Object> governingBody(String secret) {
        return fields("type", "MAYORS_CONFERENCE", "name", "Conferenza " + secret);
    }

    static Map<String, Object> service(String secret) {
        return fields(
                "kind", "SERVICE",
                "category", "HEALTH_WELFARE_CARE",
                "title", "Servizio " + secret,
                "status", "ACTIVE",
                "summary", "Breve descrizione",
                "audienceText", "Chi vive nell’Ambito",
                "howTo", "Allo sportello",
                "outcome", "Un aiuto",
                "audiences", List.of("EVERYONE"),
                "allMunicipalities", true);
    }

    static Map<String, Object> office(String secret) {
        return fields("name", "Sportello " + secret, "address", "Via Roma 1");
    }

    /** A request with a JSON body; {@code body} is serialized unless it is already a String. */
    MockHttpServletRequestBuilder json(HttpMethod method, String path, Object body) {
        String text = body instanceof String raw ? raw : json.writeValueAsString(body);
        return request(method, path).contentType(MediaType.APPLICATION_JSON).content(text);
    }

    /** The request as sent by {@code actor}; a null actor is anonymous. */
    static <B extends AbstractMockHttpServletRequestBuilder<B>> B as(Staff actor, B request) {
        return actor == null ? request : request.header(HttpHeaders.AUTHORIZATION, actor.bearer());
    }

    ResultActions perform(RequestBuilder request) throws Exception {
        return mvc.perform(request);
    }

    /** Creates through the API, expecting 201, and answers what was created. */
    JsonNode create(Staff actor, String path, Object body) throws Exception {
        return read(perform(as(actor, json(HttpMethod.POST, path, body)))
                .andExpect(status().isCreated())
                .andReturn());
    }

    long createId(Staff actor, String path, Object body) throws Exception {
        return create(actor, path, body).get("id").asLong();
    }

    /** A read that must succeed. */
    JsonNode get(Staff actor, String path) throws Exception {
        return read(perform(as(actor, request(HttpMethod.GET, path)))
                .andExpect(status().isOk())
                .andReturn());
    }

    /** The response body of a read that must succeed, as text. */
    String text(Staff actor, String path) throws Exception {
        return perform(as(actor, request(HttpMethod.GET, path)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    /** The ETag a read answers: what an update sends back in If-Match. */
    String etag(Staff actor, String path) throws Exception {
        return perform(as(actor, request(HttpMethod.GET, path)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getHeader(HttpHeaders.ETAG);
    }

    /** An update that must succeed, with the ETag just read. */
    JsonNode update(Staff actor, String path, Object body) throws Exception {
        return read(perform(as(actor, json(HttpMethod.PUT, path, body).header(HttpHeaders.IF_MATCH, etag(actor, path))))
                .andExpect(status().isOk())
                .andReturn());
    }

    JsonNode read(MvcResult result) throws Exception {
        return json.readTree(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    /** An RFC 9457 problem detail with this status, a Zona problem type, a title and a detail. */
    static ResultMatcher problem(int status) {
        return all(
                status().is(status),
                content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON),
                jsonPath("$.status").value(status),
                jsonPath("$.type", startsWith("urn:zona:problem:")),
                jsonPath("$.title").isNotEmpty(),
                jsonPath("$.detail").isNotEmpty());
    }

    static ResultMatcher problem(int status, String kind) {
        return all(problem(status), jsonPath("$.type").value("urn:zona:problem:" + kind));
    }

    /**
     * A dynamic test whose failure message starts with its name: Surefire reports dynamic tests by
     * number only.
     */
    static DynamicTest named(String name, Executable test) {
        return DynamicTest.dynamicTest(name, () -> {
            try {
                test.execute();
            } catch (AssertionError e) {
                throw new AssertionError(name + ": " + e.getMessage(), e);
            }
        });
    }

    static ResultMatcher all(ResultMatcher... matchers) {
        return result -> {
            for (ResultMatcher matcher : matchers) {
                matcher.match(result);
            }
        };
    }

    /** The answer contains none of these strings (private data of the target of a refused request). */
    static ResultMatcher revealsNone(Collection<String> secrets) {
        return result -> {
            String body = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
            for (String secret : secrets) {
                assertThat(body).as("refusal body").doesNotContain(secret);
            }
        };
    }

    static ResultMatcher revealsNone(String... secrets) {
        return revealsNone(List.of(secrets));
    }
}
