package it.zona.api;

import static it.zona.api.Api.as;
import static it.zona.api.Api.fields;
import static it.zona.api.Api.named;
import static it.zona.api.Api.path;
import static it.zona.api.Api.problem;
import static it.zona.api.Api.revealsNone;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import it.zona.support.Fixtures;
import it.zona.support.Fixtures.Staff;
import it.zona.support.Fixtures.TestDistrict;
import it.zona.support.ZonaIntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.json.JsonMapper;

/**
 * District A's data stay A's: B's staff, whatever their role in B, neither see nor change them,
 * whether they ask through B's address with A's ids (404, as if nothing were there) or through A's
 * address (403).
 */
@ZonaIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CrossDistrictIsolationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    @Autowired
    Fixtures fixtures;

    private Api api;
    private TestDistrict a;
    private TestDistrict b;
    private String secret;
    private String taxCode;
    private long organization;
    private long person;
    private long governingBody;
    private long office;

    @BeforeAll
    void twoDistrictsAndThePrivateDataOfA() throws Exception {
        api = new Api(mvc, json);
        a = fixtures.district();
        b = fixtures.district();
        secret = Api.secret();
        Map<String, Object> organizationData = Api.organization(secret);
        taxCode = (String) organizationData.get("taxCode");
        organization = api.createId(a.editor(), path(a, "/organizations"), organizationData);
        person = api.createId(
                a.editor(),
                path(a, "/people"),
                Api.with(Api.person(secret), "organizationId", organization, "phone", "+39 0836 123456"));
        governingBody = api.createId(a.editor(), path(a, "/governing-bodies"), Api.governingBody(secret));
        office = api.createId(a.editor(), path(a, "/offices"), Api.office(secret));
    }

    /** What A's staff have, and what a request in B's or A's name may try on it. */
    private List<String> privatePaths() {
        return List.of("/organizations/" + organization, "/people/" + person);
    }

    /** The request, with a complete new body when it is an update of the organisation or the person. */
    private MockHttpServletRequestBuilder attempt(HttpMethod method, String address) {
        if (method != HttpMethod.PUT) {
            return request(method, address);
        }
        Object change = address.contains("/organizations/") ? Api.organization(Api.secret()) : Api.person(Api.secret());
        return api.json(method, address, change).header(HttpHeaders.IF_MATCH, "\"0\"");
    }

    private String role(Staff staffOfB) {
        return staffOfB.equals(b.admin()) ? "admin" : staffOfB.equals(b.editor()) ? "editor" : "viewer";
    }

    @TestFactory
    Stream<DynamicTest> staffOfAnotherDistrictFindNothingWithItsIdsUnderTheirOwnAddress() {
        List<DynamicTest> tests = new ArrayList<>();
        for (String path : privatePaths()) {
            for (HttpMethod method : List.of(HttpMethod.GET, HttpMethod.PUT, HttpMethod.DELETE)) {
                // A viewer of B may not change even B's data: the role check comes first.
                List<Staff> actors = method == HttpMethod.GET
                        ? List.of(b.viewer(), b.editor(), b.admin())
                        : List.of(b.editor(), b.admin());
                for (Staff actor : actors) {
                    tests.add(named(
                            method + " /districts/B" + path + " (an id of A) as " + role(actor) + " of B → 404", () -> {
                                api.perform(as(actor, attempt(method, path(b, path))))
                                        .andExpect(problem(404, "not-found"))
                                        .andExpect(revealsNone(secret, taxCode));
                                assertAUnchanged();
                            }));
                }
            }
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> staffOfAnotherDistrictAreForbiddenUnderItsAddress() {
        List<DynamicTest> tests = new ArrayList<>();
        List<String> paths = new ArrayList<>(privatePaths());
        paths.addAll(List.of("/organizations", "/people", "/people?organization=" + organization));
        for (String path : paths) {
            List<HttpMethod> methods = path.matches(".*/\\d+$")
                    ? List.of(HttpMethod.GET, HttpMethod.PUT, HttpMethod.DELETE)
                    : List.of(HttpMethod.GET);
            for (HttpMethod method : methods) {
                for (Staff actor : List.of(b.viewer(), b.editor(), b.admin())) {
                    tests.add(named(method + " /districts/A" + path + " as " + role(actor) + " of B → 403", () -> {
                        api.perform(as(actor, attempt(method, path(a, path))))
                                .andExpect(problem(403, "forbidden"))
                                .andExpect(revealsNone(secret, taxCode));
                        assertAUnchanged();
                    }));
                }
            }
        }
        return tests.stream();
    }

    @Test
    void publicDataOfADistrictAreNotFoundUnderAnotherDistrictsAddress() throws Exception {
        for (String path : List.of("/governing-bodies/" + governingBody, "/offices/" + office)) {
            api.perform(get(path(b, path))).andExpect(problem(404, "not-found")).andExpect(revealsNone(secret));
            for (HttpMethod method : List.of(HttpMethod.PUT, HttpMethod.DELETE)) {
                Object change =
                        path.startsWith("/offices") ? Api.office(Api.secret()) : Api.governingBody(Api.secret());
                var request = method == HttpMethod.PUT
                        ? api.json(method, path(b, path), change).header(HttpHeaders.IF_MATCH, "\"0\"")
                        : request(method, path(b, path));
                api.perform(as(b.admin(), request))
                        .andExpect(problem(404, "not-found"))
                        .andExpect(revealsNone(secret));
            }
            api.perform(get(path(a, path)))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.name").value(endsWith(secret)))
                    .andExpect(jsonPath("$.version").value(0));
        }
    }

    @Test
    void searchesOfAnotherDistrictNeverReturnThisDistrictsData() throws Exception {
        for (String query : List.of(
                "/organizations?q=" + secret,
                "/organizations?q=" + taxCode,
                "/people?q=" + secret,
                "/people?organization=" + organization)) {
            api.perform(as(b.admin(), get(path(b, query))))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.totalItems").value(0))
                    .andExpect(revealsNone(secret, taxCode));
        }
    }

    @Test
    void aDistrictsAuditLogIsReadableByItsAdminOnly() throws Exception {
        assertThat(api.text(a.admin(), path(a, "/audit"))).contains(secret);

        api.perform(as(b.admin(), get(path(a, "/audit"))))
                .andExpect(problem(403, "forbidden"))
                .andExpect(revealsNone(secret, taxCode));
        api.perform(as(b.admin(), get(path(a, "/audit?entity=Organization"))))
                .andExpect(problem(403, "forbidden"))
                .andExpect(revealsNone(secret, taxCode));
        for (String filter : List.of(
                "",
                "?entity=Organization",
                "?entity=Person",
                "?user=" + a.editor().username())) {
            assertThat(api.text(b.admin(), path(b, "/audit" + filter)))
                    .doesNotContain(secret)
                    .doesNotContain(taxCode);
        }
    }

    @Test
    void anotherDistrictsPeopleAndOrganisationsCannotBeLinkedToThisDistrictsData() throws Exception {
        api.perform(as(
                        b.editor(),
                        api.json(
                                HttpMethod.POST,
                                path(b, "/people"),
                                Api.with(Api.person(Api.secret()), "organizationId", organization))))
                .andExpect(problem(422, "rule-violation"))
                .andExpect(jsonPath("$.errors[0].field").value("organizationId"))
                .andExpect(revealsNone(secret, taxCode));

        Object member = fields("personId", person, "role", "PRESIDENT", "startDate", "2024-01-01");
        api.perform(as(
                        b.editor(),
                        api.json(
                                HttpMethod.POST,
                                path(b, "/governing-bodies"),
                                Api.with(Api.governingBody(Api.secret()), "members", List.of(member)))))
                .andExpect(problem(422, "rule-violation"))
                .andExpect(jsonPath("$.errors[0].field").value("members[0].personId"))
                .andExpect(revealsNone(secret));

        String planningOffice = path(b, "/planning-office");
        api.perform(as(
                        b.editor(),
                        api.json(
                                        HttpMethod.PUT,
                                        planningOffice,
                                        fields("name", "Ufficio di Piano", "headPersonId", person))
                                .header(HttpHeaders.IF_MATCH, api.etag(null, planningOffice))))
                .andExpect(problem(422, "rule-violation"))
                .andExpect(jsonPath("$.errors[0].field").value("headPersonId"))
                .andExpect(revealsNone(secret));

        assertThat(api.text(null, path(b, ""))).doesNotContain(secret);
    }

    @Test
    void anotherDistrictsAdminCannotManageThisDistrict() throws Exception {
        Staff intruder = b.admin();
        String district = path(a, "");
        api.perform(as(
                        intruder,
                        api.json(HttpMethod.PUT, district, fields("name", "Preso", "legalForm", "CONSORZIO"))
                                .header(HttpHeaders.IF_MATCH, api.etag(null, district))))
                .andExpect(problem(403, "forbidden"));
        api.perform(as(
                        intruder,
                        api.json(HttpMethod.PUT, path(a, "/staff/" + intruder.username()), fields("role", "ADMIN"))))
                .andExpect(problem(403, "forbidden"));
        api.perform(as(
                        intruder,
                        request(HttpMethod.DELETE, path(a, "/staff/" + a.admin().username()))))
                .andExpect(problem(403, "forbidden"));
        api.perform(as(intruder, request(HttpMethod.PUT, path(a, "/municipalities/" + fixtures.freeMunicipality()))))
                .andExpect(problem(403, "forbidden"));
        api.perform(as(intruder, get(path(a, "/staff"))))
                .andExpect(problem(403, "forbidden"))
                .andExpect(revealsNone(a.editor().username()));

        api.perform(as(a.admin(), get(path(a, "/staff"))))
                .andExpect(jsonPath("$[*].username", not(hasItem(intruder.username()))))
                .andExpect(jsonPath("$[*].username", hasItem(a.admin().username())));
        api.perform(get(district)).andExpect(jsonPath("$.name").value(a.name()));
    }

    @Test
    void theStaffPagesOfADistrictAreForbiddenToAnotherDistrictsAdmin() throws Exception {
        for (String page : List.of("/organizations", "/organizations/" + organization, "/people/" + person)) {
            mvc.perform(get("/districts/" + a.slug() + page).with(user(b.admin().username())))
                    .andExpect(status().isForbidden())
                    .andExpect(revealsNone(secret, taxCode));
        }
    }

    /** A's organisation and person are as they were created. */
    private void assertAUnchanged() throws Exception {
        api.perform(as(a.viewer(), get(path(a, "/organizations/" + organization))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("Cooperativa " + secret))
                .andExpect(jsonPath("$.version").value(0));
        api.perform(as(a.viewer(), get(path(a, "/people/" + person))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.familyName").value("Riservata " + secret))
                .andExpect(jsonPath("$.version").value(0));
    }
}
