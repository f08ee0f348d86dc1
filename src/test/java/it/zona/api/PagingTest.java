package it.zona.api;

import static it.zona.api.Api.named;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import it.zona.shared.PageView;
import it.zona.support.Fixtures;
import it.zona.support.WebClient;
import it.zona.support.ZonaIntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every paged list of the API, found in the request mappings (those answering a {@link PageView}),
 * pages the same way: a page past the end is empty with its own number, {@code size} is honoured
 * up to {@link PageView#MAX_SIZE}, and bad paging or filter values are a 400 naming the parameter.
 */
@ZonaIntegrationTest
class PagingTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    @Autowired
    Fixtures fixtures;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    private String admin;

    @TestFactory
    Stream<DynamicTest> everyPagedListPagesAlike() throws Exception {
        admin = "Bearer " + fixtures.token("ufficio.poggiardo", Fixtures.DEMO_PASSWORD);
        String planId = latestPlan();
        // The spending of a line and of a commitment of the demo's plan (module spending).
        String lineId = read("/api/v1/plans/" + planId + "/spending", 200)
                .get("lines")
                .valueStream()
                .filter(line ->
                        line.get("figures").get("committed").decimalValue().signum() > 0)
                .findFirst()
                .orElseThrow()
                .get("budgetLineId")
                .asString();
        String commitmentId = read("/api/v1/budget-lines/" + lineId + "/commitments?size=1", 200)
                .get("items")
                .get(0)
                .get("id")
                .asString();
        List<DynamicTest> tests = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> mapping :
                mappings.getHandlerMethods().entrySet()) {
            if (!PageView.class.isAssignableFrom(mapping.getValue().getMethod().getReturnType())) {
                continue;
            }
            for (String pattern : mapping.getKey().getPatternValues()) {
                String path = pattern.replace("{slug}", "poggiardo")
                        .replace("{planId}", planId)
                        .replace("{lineId}", lineId)
                        .replace("/commitments/{id}", "/commitments/" + commitmentId);
                tests.add(named(pattern, () -> pagesAlike(path, mapping.getValue())));
            }
        }
        assertThat(tests).hasSizeGreaterThanOrEqualTo(7);
        return tests.stream();
    }

    private void pagesAlike(String path, HandlerMethod handler) throws Exception {
        JsonNode first = read(path + "?size=1", 200);
        assertThat(first.get("size").asInt()).isEqualTo(1);
        assertThat(first.get("items").size()).isLessThanOrEqualTo(1);
        if (first.get("totalItems").asLong() > 1) {
            assertThat(read(path + "?size=2", 200).get("items").size()).isEqualTo(2);
        }
        int past = first.get("totalPages").asInt() + 3;
        JsonNode beyond = read(path + "?size=1&page=" + past, 200);
        assertThat(beyond.get("items").isEmpty()).isTrue();
        assertThat(beyond.get("page").asInt()).isEqualTo(past);
        assertThat(read(path + "?size=" + PageView.MAX_SIZE, 200).get("size").asInt())
                .isEqualTo(PageView.MAX_SIZE);
        for (String bad : List.of("size=0", "size=" + (PageView.MAX_SIZE + 1), "page=-1", "page=x", "size=x")) {
            JsonNode problem = read(path + "?" + bad, 400);
            assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo(bad.split("=")[0]);
        }
        for (MethodParameter parameter : handler.getMethodParameters()) {
            RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
            if (param != null && parameter.getParameterType().isEnum()) {
                String name = param.value().isEmpty() ? parameter.getParameterName() : param.value();
                assertThat(read(path + "?" + name + "=NOPE", 400)
                                .get("errors")
                                .get(0)
                                .get("field")
                                .asString())
                        .isEqualTo(name);
            }
        }
    }

    @Test
    void aBadFilterValueOnAListPageIsABadRequestWhileABadIdIsNotFound() {
        WebClient browser = new WebClient(mvc);
        browser.signIn("ufficio.poggiardo", Fixtures.DEMO_PASSWORD);
        assertThat(browser.get("/districts/poggiardo/organizations?type=NOPE")
                        .getResponse()
                        .getStatus())
                .isEqualTo(400);
        assertThat(browser.get("/districts/poggiardo/organizations/abc")
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
    }

    private String latestPlan() throws Exception {
        JsonNode plans = read("/api/v1/districts/poggiardo/plans", 200);
        JsonNode latest = null;
        for (JsonNode plan : plans.has("items") ? plans.get("items") : plans) {
            if (latest == null
                    || plan.get("firstYear").asInt() > latest.get("firstYear").asInt()) {
                latest = plan;
            }
        }
        return latest.get("id").asString();
    }

    private JsonNode read(String path, int status) throws Exception {
        MockHttpServletResponse answer = mvc.perform(get(path).header(HttpHeaders.AUTHORIZATION, admin))
                .andReturn()
                .getResponse();
        String body = answer.getContentAsString(StandardCharsets.UTF_8);
        assertThat(answer.getStatus()).as("GET %s: %s", path, body).isEqualTo(status);
        return json.readTree(body);
    }
}
