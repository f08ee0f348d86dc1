package it.zona.api;

import static it.zona.api.Api.named;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import it.zona.agreement.AgreementSamples;
import it.zona.plan.PlanChange;
import it.zona.support.Fixtures;
import it.zona.support.TestCalendar;
import it.zona.support.ZonaIntegrationTest;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Pattern;
import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A client sends back what it read: every PUT of the API, found in the application's own request
 * mappings, is tried on the demo District by reading the resource at the same address, changing
 * one plain text field and sending the whole body back. The demo is put back as it was afterwards.
 */
@ZonaIntegrationTest
class RoundTripTest {

    /** PUTs that have no representation of their own to send back, and why. */
    private static final Map<String, String> NOTHING_TO_SEND_BACK = Map.of(
            "/api/v1/districts/{slug}/municipalities/{istatCode}", "adds a municipality: no body, no GET",
            "/api/v1/districts/{slug}/staff/{username}", "grants a role: no GET at the address");

    /**
     * Where the candidates for a path variable are listed, when it is not the address before it.
     * A new variable without a list fails the test, which then says which one.
     */
    private static final Map<String, String> LISTS = Map.ofEntries(
            Map.entry("slug", "/api/v1/districts"),
            Map.entry("id", "/api/v1/districts/poggiardo/plans"),
            Map.entry("meetingId", "/api/v1/plans/{planId}/meetings"),
            Map.entry("tableId", "/api/v1/plans/{planId}/tables"),
            Map.entry("minutesId", "/api/v1/meetings/{meetingId}/minutes"),
            Map.entry("proposalId", "/api/v1/plans/{planId}/proposals"),
            Map.entry("callId", "/api/v1/plans/{planId}/calls"),
            Map.entry("sittingId", "/api/v1/districts/{slug}/sittings"),
            Map.entry("indicatorId", "/api/v1/plans/{planId}/indicators"),
            Map.entry("number", "/api/v1/sittings/{sittingId}"),
            Map.entry("lineId", "/api/v1/plans/{planId}/budget-lines"),
            Map.entry("fundingSourceId", "/api/v1/plans/{planId}/fund-annualities"),
            Map.entry("year", "/api/v1/plans/{planId}/fund-annualities"));

    /** Variables whose values the listed items carry in a field of their name rather than in {@code id}. */
    private static final Set<String> NAMED_BY_A_FIELD = Set.of("number", "fundingSourceId", "year");

    private static final java.util.regex.Pattern VARIABLE = java.util.regex.Pattern.compile("\\{(\\w+)}");

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    @Autowired
    Fixtures fixtures;

    @Autowired
    ApplicationContext application;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    private String admin;
    private long planId;
    private long previousPlanId;

    @BeforeEach
    void signIn() throws Exception {
        admin = "Bearer " + fixtures.token("ufficio.poggiardo", Fixtures.DEMO_PASSWORD);
        planId = current(read("/api/v1/districts/poggiardo/plans"));
        previousPlanId =
                read("/api/v1/plans/" + planId).get("previousPlan").get("id").asLong();
    }

    @TestFactory
    Stream<DynamicTest> everyResourceTakesBackWhatItsGetAnswers() throws Exception {
        draftCall();
        AgreementSamples.draft(fixtures, application);
        draftSittingMinutes();
        List<DynamicTest> tests = new ArrayList<>();
        puts().forEach((path, form) -> {
            if (!NOTHING_TO_SEND_BACK.containsKey(path)) {
                tests.add(named("PUT " + path, () -> roundTrip(path, form)));
            }
        });
        assertThat(tests).hasSizeGreaterThan(25);
        return tests.stream();
    }

    /** The role is checked before the version: a viewer who sends none hears 403, not 428. */
    @TestFactory
    Stream<DynamicTest> aViewersPutWithoutVersionIsForbiddenNotPreconditionRequired() {
        List<DynamicTest> tests = new ArrayList<>();
        puts().forEach((path, form) -> {
            if (!NOTHING_TO_SEND_BACK.containsKey(path)) {
                tests.add(named("PUT " + path, () -> forbiddenToViewer(path)));
            }
        });
        return tests.stream();
    }

    private void forbiddenToViewer(String pattern) throws Exception {
        String viewer = "Bearer " + fixtures.token("viewer.poggiardo", Fixtures.DEMO_PASSWORD);
        for (String path : addresses(pattern, new LinkedHashMap<>())) {
            MockHttpServletResponse got = send(HttpMethod.GET, path, null, null);
            JsonNode body =
                    got.getStatus() == 200 ? json.readTree(got.getContentAsString(StandardCharsets.UTF_8)) : null;
            if (body != null && !isBlankSheet(body)) {
                if (body instanceof ObjectNode object) {
                    object.remove("version");
                }
                var put = request(HttpMethod.PUT, path)
                        .header(HttpHeaders.AUTHORIZATION, viewer)
                        .header(PlanChange.REASON_HEADER, "Prova")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(body));
                assertThat(mvc.perform(put).andReturn().getResponse().getStatus())
                        .as("PUT %s by a viewer without a version", path)
                        .isEqualTo(403);
                return;
            }
        }
        fail("Nothing found to try at " + pattern);
    }

    @Test
    void everyPutWithoutRepresentationIsExplained() {
        Set<String> gets = paths(RequestMethod.GET).keySet();
        List<String> unexplained = puts().keySet().stream()
                .filter(path -> !gets.contains(path) && !NOTHING_TO_SEND_BACK.containsKey(path))
                .toList();
        assertThat(unexplained).isEmpty();
    }

    @Test
    void aFieldThatIsNoPartOfTheRepresentationIsStillRefused() throws Exception {
        String path = "/api/v1/districts/poggiardo/organizations/"
                + read("/api/v1/districts/poggiardo/organizations")
                        .get("items")
                        .get(0)
                        .get("id")
                        .asLong();
        MockHttpServletResponse got = send(HttpMethod.GET, path, null, null);
        ObjectNode body = (ObjectNode) json.readTree(got.getContentAsString(StandardCharsets.UTF_8));
        body.put("nickname", "x");
        MockHttpServletResponse answer = send(HttpMethod.PUT, path, body, got.getHeader(HttpHeaders.ETAG));
        assertThat(answer.getStatus()).isEqualTo(400);
        assertThat(answer.getContentType()).isEqualTo("application/problem+json");
        assertThat(json.readTree(answer.getContentAsString(StandardCharsets.UTF_8))
                        .get("errors")
                        .get(0)
                        .get("field")
                        .asString())
                .isEqualTo("nickname");
    }

    @Test
    void anIdOfAnotherResourceIsRefused() throws Exception {
        JsonNode items = read("/api/v1/districts/poggiardo/organizations").get("items");
        String path = "/api/v1/districts/poggiardo/organizations/"
                + items.get(0).get("id").asLong();
        MockHttpServletResponse got = send(HttpMethod.GET, path, null, null);
        ObjectNode body = (ObjectNode) json.readTree(got.getContentAsString(StandardCharsets.UTF_8));
        body.put("id", items.get(1).get("id").asLong());
        MockHttpServletResponse answer = send(HttpMethod.PUT, path, body, got.getHeader(HttpHeaders.ETAG));
        assertThat(answer.getStatus()).isEqualTo(400);
        assertThat(answer.getContentAsString(StandardCharsets.UTF_8)).contains("\"field\":\"id\"");
    }

    /**
     * Tries the resources the variables can name, in the order they are listed, until one may be
     * changed (the demo has approved minutes and answered proposals, which refuse any change).
     */
    private void roundTrip(String pattern, Class<?> form) throws Exception {
        List<String> refusals = new ArrayList<>();
        for (String path : addresses(pattern, new LinkedHashMap<>())) {
            if (roundTripAt(path, form, refusals)) {
                return;
            }
        }
        fail("No resource of " + pattern + " took its own representation back: " + refusals);
    }

    private boolean roundTripAt(String path, Class<?> form, List<String> refusals) throws Exception {
        MockHttpServletResponse got = send(HttpMethod.GET, path, null, null);
        if (got.getStatus() != 200) {
            refusals.add(path + " GET " + got.getStatus());
            return false;
        }
        JsonNode original = json.readTree(got.getContentAsString(StandardCharsets.UTF_8));
        if (isBlankSheet(original)) {
            refusals.add(path + " has nothing recorded yet");
            return false;
        }
        JsonNode changed = original.deepCopy();
        String field = plainTextField(form, original);
        if (field != null) {
            ((ObjectNode) changed).put(field, original.get(field).asString() + " ·");
        }
        MockHttpServletResponse put = send(HttpMethod.PUT, path, changed, got.getHeader(HttpHeaders.ETAG));
        String answer = put.getContentAsString(StandardCharsets.UTF_8);
        assertThat(put.getStatus())
                .as("PUT %s with what its GET answered: %s", path, answer)
                .isNotIn(400, 500);
        if (put.getStatus() != 200) {
            refusals.add(path + " PUT " + put.getStatus() + " " + answer);
            return false;
        }
        MockHttpServletResponse reread = send(HttpMethod.GET, path, null, null);
        JsonNode now = json.readTree(reread.getContentAsString(StandardCharsets.UTF_8));
        if (field != null) {
            assertThat(now.get(field).asString()).isEqualTo(changed.get(field).asString());
            // The demo as it was, sent back the same way.
            MockHttpServletResponse undo = send(HttpMethod.PUT, path, original, reread.getHeader(HttpHeaders.ETAG));
            assertThat(undo.getStatus()).as(undo.getContentAsString()).isEqualTo(200);
        }
        return true;
    }

    /**
     * An attendance sheet not recorded yet reads as the blank sheet to fill in (no marks), which is
     * not something stored that could be sent back.
     */
    private static boolean isBlankSheet(JsonNode read) {
        return read.has("recorded") && !read.get("recorded").asBoolean();
    }

    /**
     * A top-level text field of the form that takes any text (no pattern, no e-mail), with text in
     * the representation: null if the form has none (then the body goes back unchanged).
     */
    private static String plainTextField(Class<?> form, JsonNode read) {
        for (RecordComponent component : form.getRecordComponents()) {
            String name = component.getName();
            // Constraints reach a record's accessor (their targets do not name record components).
            var accessor = component.getAccessor();
            if (component.getType() == String.class
                    && !accessor.isAnnotationPresent(Pattern.class)
                    && !accessor.isAnnotationPresent(Email.class)
                    && Stream.of(accessor.getAnnotations())
                            .noneMatch(a -> a.annotationType().getSimpleName().startsWith("Valid"))
                    && read.path(name).isString()
                    && !read.path(name).asString().isBlank()) {
                return name;
            }
        }
        return null;
    }

    /** The concrete addresses of a pattern, from the demo's lists. */
    private List<String> addresses(String pattern, Map<String, String> known) throws Exception {
        Matcher variable = VARIABLE.matcher(pattern);
        while (variable.find()) {
            String name = variable.group(1);
            if (known.containsKey(name)) {
                continue;
            }
            List<String> found = new ArrayList<>();
            for (String value : candidates(name, pattern.substring(0, variable.start() - 1), known)) {
                Map<String, String> with = new LinkedHashMap<>(known);
                with.put(name, value);
                found.addAll(addresses(pattern, with));
                if (found.size() > 40) {
                    break;
                }
            }
            return found;
        }
        return List.of(concrete(pattern, known));
    }

    private List<String> candidates(String name, String before, Map<String, String> known) throws Exception {
        if (name.equals("slug")) {
            return List.of("poggiardo");
        }
        if (name.equals("planId") || (name.equals("id") && before.endsWith("/plans"))) {
            // The previous plan holds what the current one has moved past: a draft agreement.
            return List.of(Long.toString(planId), Long.toString(previousPlanId));
        }
        String list = paths(RequestMethod.GET).containsKey(before) ? before : LISTS.get(name);
        assertThat(list).as("where to find a {%s} after %s", name, before).isNotNull();
        Map<String, String> values = new LinkedHashMap<>(known);
        values.putIfAbsent("planId", Long.toString(planId));
        Set<String> ids = new java.util.LinkedHashSet<>();
        for (String address : addresses(list, values)) {
            // Trees (the areas) and lists of lists: every id in them; those of other things answer 404.
            // Agenda items are named by their number, fund annualities by their source and year.
            MockHttpServletResponse listed = send(HttpMethod.GET, address, null, null);
            if (listed.getStatus() == 200) {
                JsonNode tree = json.readTree(listed.getContentAsString(StandardCharsets.UTF_8));
                tree.findValues(NAMED_BY_A_FIELD.contains(name) ? name : "id").forEach(id -> ids.add(id.asString()));
            }
        }
        return List.copyOf(ids);
    }

    private static String concrete(String pattern, Map<String, String> values) {
        for (Map.Entry<String, String> value : values.entrySet()) {
            pattern = pattern.replace("{" + value.getKey() + "}", value.getValue());
        }
        return pattern;
    }

    /** The demo's calls are open or closed, which refuse changes: one in draft to change. */
    private void draftCall() throws Exception {
        long table = read("/api/v1/plans/" + planId + "/tables")
                .findValues("id")
                .get(0)
                .asLong();
        ObjectNode call = json.createObjectNode()
                .put("title", "Invito di prova")
                .put("text", "Designate i vostri rappresentanti.")
                .put("deadline", TestCalendar.today().plusDays(30).atTime(12, 0).toString());
        call.putArray("tableIds").add(table);
        assertThat(send(HttpMethod.POST, "/api/v1/plans/" + planId + "/calls", call, null)
                        .getStatus())
                .isEqualTo(201);
    }

    /** The minutes of the demo's held sitting, in draft: the demo has none to change. Once is enough. */
    private void draftSittingMinutes() throws Exception {
        long held = 0;
        for (JsonNode sitting : read("/api/v1/districts/poggiardo/sittings").get("items")) {
            if (!sitting.get("heldAtCall").isNull()) {
                held = sitting.get("id").asLong();
            }
        }
        ObjectNode minutes = json.createObjectNode().put("notes", "Il presidente apre la seduta.");
        assertThat(send(HttpMethod.POST, "/api/v1/sittings/" + held + "/minutes", minutes, null)
                        .getStatus())
                .isIn(201, 409);
    }

    /** The current plan of the demo: the latest listed. */
    private static long current(JsonNode plans) {
        JsonNode items = plans.has("items") ? plans.get("items") : plans;
        long latest = 0;
        int latestYear = 0;
        for (JsonNode plan : items) {
            if (plan.get("firstYear").asInt() > latestYear) {
                latestYear = plan.get("firstYear").asInt();
                latest = plan.get("id").asLong();
            }
        }
        return latest;
    }

    /** Every PUT of the API with its body's type (Void for none). */
    private Map<String, Class<?>> puts() {
        return paths(RequestMethod.PUT);
    }

    private Map<String, Class<?>> paths(RequestMethod method) {
        Map<String, Class<?>> found = new TreeMap<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> mapping :
                mappings.getHandlerMethods().entrySet()) {
            if (!mapping.getKey().getMethodsCondition().getMethods().contains(method)) {
                continue;
            }
            Class<?> body = Stream.of(mapping.getValue().getMethod().getParameters())
                    .filter(p -> p.isAnnotationPresent(RequestBody.class))
                    .map(Parameter::getType)
                    .findFirst()
                    .orElse(Void.class);
            for (String path : mapping.getKey().getPatternValues()) {
                if (path.startsWith("/api/v1/")) {
                    found.put(path, body);
                }
            }
        }
        return found;
    }

    private JsonNode read(String path) throws Exception {
        MockHttpServletResponse answer = send(HttpMethod.GET, path, null, null);
        assertThat(answer.getStatus()).as("GET " + path).isEqualTo(200);
        return json.readTree(answer.getContentAsString(StandardCharsets.UTF_8));
    }

    private MockHttpServletResponse send(HttpMethod method, String path, JsonNode body, String etag) throws Exception {
        var request = request(method, path)
                .header(HttpHeaders.AUTHORIZATION, admin)
                .header(PlanChange.REASON_HEADER, "Prova di andata e ritorno");
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body));
        }
        if (etag != null) {
            request.header(HttpHeaders.IF_MATCH, etag);
        }
        return mvc.perform(request).andReturn().getResponse();
    }
}
