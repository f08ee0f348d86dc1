package it.zona.api;

import static it.zona.api.Api.as;
import static it.zona.api.Api.fields;
import static it.zona.api.Api.named;
import static it.zona.api.Api.path;
import static it.zona.api.Api.problem;
import static it.zona.api.Api.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import it.zona.organization.OrganizationType;
import it.zona.support.Fixtures;
import it.zona.support.Fixtures.Staff;
import it.zona.support.Fixtures.TestDistrict;
import it.zona.support.ZonaIntegrationTest;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
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
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the API does with input it cannot or must not accept: every refusal is a problem detail
 * that names what is wrong, never a 500, and a refused change leaves the data as they were.
 * Text that looks like markup or SQL is data like any other.
 */
@ZonaIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadInputTest {

    private static final String SCRIPT = "<script>alert(1)</script>";
    private static final String ESCAPED_SCRIPT = "&lt;script&gt;alert(1)&lt;/script&gt;";
    private static final int ONE_MEBIBYTE = 1024 * 1024;

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    @Autowired
    Fixtures fixtures;

    private Api api;
    private TestDistrict district;

    @BeforeAll
    void aDistrict() {
        api = new Api(mvc, json);
        district = fixtures.district();
    }

    private ResultActions send(Staff actor, HttpMethod method, String path, Object body) throws Exception {
        return api.perform(as(actor, api.json(method, path, body)));
    }

    /** A POST by the District's editor to one of its collections. */
    private ResultActions post(String collection, Object body) throws Exception {
        return post(district, collection, body);
    }

    private ResultActions post(TestDistrict in, String collection, Object body) throws Exception {
        return send(in.editor(), HttpMethod.POST, path(in, collection), body);
    }

    private ResultActions put(String path, Object body, String ifMatch) throws Exception {
        var request = api.json(HttpMethod.PUT, path, body);
        return api.perform(
                as(district.admin(), ifMatch == null ? request : request.header(HttpHeaders.IF_MATCH, ifMatch)));
    }

    /** Creates something in the District's collection by its editor; answers its address. */
    private String created(String collection, Object body) throws Exception {
        return path(district, collection + "/" + api.createId(district.editor(), path(district, collection), body));
    }

    private String createdOrganization() throws Exception {
        return created("/organizations", Api.organization(Api.secret()));
    }

    // Unreadable JSON

    @Test
    void malformedJsonIsRefusedWithoutTheParsersDetails() throws Exception {
        post("/organizations", "{\"name\": \"Cooperativa\", \"type\":")
                .andExpect(problem(400, "malformed-json"))
                .andExpect(content().string(not(containsString("jackson"))))
                .andExpect(content().string(not(containsString("Source"))));
    }

    @Test
    void aMissingBodyIsRefused() throws Exception {
        api.perform(as(
                        district.editor(),
                        request(HttpMethod.POST, path(district, "/organizations"))
                                .contentType(MediaType.APPLICATION_JSON)))
                .andExpect(problem(400, "malformed-json"));
    }

    @Test
    void aStringWhereANumberBelongsIsRefusedNamingTheField() throws Exception {
        post("/people", with(Api.person(Api.secret()), "organizationId", "abc"))
                .andExpect(problem(400, "validation"))
                .andExpect(jsonPath("$.errors[0].field").value("organizationId"))
                .andExpect(jsonPath("$.detail", containsString("abc")));
    }

    @Test
    void aControlCharacterOrANulInAnyTextIsRefusedNamingTheField() throws Exception {
        for (String text : List.of("Cooperativa\u0001", "Coop\u0000erativa", "\u001fCooperativa")) {
            post("/organizations", with(Api.organization(Api.secret()), "name", text))
                    .andExpect(problem(400, "validation"))
                    .andExpect(jsonPath("$.errors[0].field").value("name"));
        }
        // Tab and line ends are text like any other.
        post("/organizations", with(Api.organization(Api.secret()), "address", "Via Roma 1\tinterno 2\r\nPoggiardo"))
                .andExpect(status().isCreated());
    }

    @Test
    void aLoneSurrogateIsRefusedNotStoredAsAQuestionMark() throws Exception {
        String body = json.writeValueAsString(with(Api.organization(Api.secret()), "name", "MARKER"))
                .replace("MARKER", "Cooperativa \\ud800");
        post("/organizations", body)
                .andExpect(problem(400, "validation"))
                .andExpect(jsonPath("$.errors[0].field").value("name"));
    }

    @Test
    void anObjectWhereAStringBelongsIsRefusedNamingTheField() throws Exception {
        post("/organizations", with(Api.organization(Api.secret()), "name", Map.of("first", "Cooperativa")))
                .andExpect(problem(400, "validation"))
                .andExpect(jsonPath("$.errors[0].field").value("name"));
    }

    @Test
    void unknownEnumValueIsRefusedNamingTheAllowedValues() throws Exception {
        ResultActions answer = post("/organizations", with(Api.organization(Api.secret()), "type", "BANK"))
                .andExpect(problem(400, "validation"))
                .andExpect(jsonPath("$.errors[0].field").value("type"))
                .andExpect(jsonPath("$.detail", containsString("BANK")));
        for (OrganizationType type : OrganizationType.values()) {
            answer.andExpect(jsonPath("$.detail", containsString(type.name())));
        }
    }

    @Test
    void unknownEnumValueInsideAListIsNamedByItsPath() throws Exception {
        Object slot = fields("day", "FUNDAY", "opens", "09:00", "closes", "12:00");
        ResultActions answer = post("/offices", with(Api.office(Api.secret()), "hours", List.of(slot)))
                .andExpect(problem(400, "validation"))
                .andExpect(jsonPath("$.errors[0].field").value("hours[0].day"));
        for (DayOfWeek day : DayOfWeek.values()) {
            answer.andExpect(jsonPath("$.errors[0].message", containsString(day.name())));
        }
    }

    @Test
    void unknownEnumValueInAQueryParameterIsABadRequest() throws Exception {
        api.perform(as(district.viewer(), get(path(district, "/organizations?type=BANK"))))
                .andExpect(problem(400, "bad-request"))
                .andExpect(jsonPath("$.errors[0].field").value("type"));
    }

    @Test
    void unknownFieldIsRefusedNamingIt() throws Exception {
        post("/organizations", with(Api.organization(Api.secret()), "nickname", "Coop"))
                .andExpect(problem(400, "validation"))
                .andExpect(jsonPath("$.errors[0].field").value("nickname"))
                .andExpect(jsonPath("$.detail", containsString("nickname")));
        Object slot = fields("day", "MONDAY", "opens", "09:00", "closes", "12:00", "minutes", 30);
        post("/offices", with(Api.office(Api.secret()), "hours", List.of(slot)))
                .andExpect(problem(400, "validation"))
                .andExpect(jsonPath("$.errors[0].field").value("hours[0].minutes"));
    }

    /** A request whose body leaves out required fields, and the fields the refusal must name. */
    record Incomplete(Staff actor, HttpMethod method, String path, Object body, List<String> fields) {

        static Incomplete empty(Staff actor, HttpMethod method, String path, String... fields) {
            return new Incomplete(actor, method, path, Map.of(), List.of(fields));
        }
    }

    @TestFactory
    Stream<DynamicTest> missingRequiredFieldsAreEachNamed() {
        Staff editor = district.editor();
        Staff admin = district.admin();
        Object emptyMember = with(Api.governingBody(Api.secret()), "members", List.of(Map.of()));
        List<Incomplete> cases = List.of(
                Incomplete.empty(editor, HttpMethod.POST, path(district, "/organizations"), "name", "type"),
                Incomplete.empty(editor, HttpMethod.POST, path(district, "/people"), "givenName", "familyName"),
                Incomplete.empty(editor, HttpMethod.POST, path(district, "/governing-bodies"), "type", "name"),
                Incomplete.empty(editor, HttpMethod.POST, path(district, "/offices"), "name", "address"),
                Incomplete.empty(editor, HttpMethod.PUT, path(district, "/planning-office"), "name"),
                Incomplete.empty(admin, HttpMethod.PUT, path(district, "/open-data/publisher"), "licence"),
                Incomplete.empty(admin, HttpMethod.PUT, path(district, ""), "name", "legalForm"),
                Incomplete.empty(admin, HttpMethod.PUT, path(district, "/staff/someone-new"), "role"),
                Incomplete.empty(
                        fixtures.platformAdmin(),
                        HttpMethod.POST,
                        Api.DISTRICTS,
                        "slug",
                        "name",
                        "legalForm",
                        "leadMunicipality"),
                Incomplete.empty(null, HttpMethod.POST, "/api/v1/auth/token", "username", "password"),
                new Incomplete(
                        editor,
                        HttpMethod.POST,
                        path(district, "/governing-bodies"),
                        emptyMember,
                        List.of("members[0].personId", "members[0].role", "members[0].startDate")));
        return cases.stream()
                .map(c -> named(
                        c.method() + " " + c.path() + " " + json.writeValueAsString(c.body()) + " names " + c.fields(),
                        () -> send(c.actor(), c.method(), c.path(), c.body())
                                .andExpect(problem(400, "validation"))
                                .andExpect(jsonPath(
                                        "$.errors[*].field", hasItems(c.fields().toArray(String[]::new))))
                                .andExpect(jsonPath("$.errors[*].message", everyItem(not(""))))));
    }

    @Test
    void everyInvalidFieldIsNamedInOneAnswer() throws Exception {
        post(
                        "/organizations",
                        with(
                                Api.organization(Api.secret()),
                                "email",
                                "not-an-address",
                                "phone",
                                "call me",
                                "website",
                                "ftp://example.org",
                                "municipality",
                                "12345"))
                .andExpect(problem(400, "validation"))
                .andExpect(jsonPath("$.errors[*].field", hasItems("email", "phone", "website", "municipality")));
    }

    // Size

    @Test
    void aHundredThousandCharacterNameIsRefusedAsInvalidAndNotEchoed() throws Exception {
        String huge = "x".repeat(100_000);
        post("/organizations", with(Api.organization(Api.secret()), "name", huge))
                .andExpect(problem(400, "validation"))
                .andExpect(jsonPath("$.errors[0].field").value("name"))
                .andExpect(content().string(not(containsString("x".repeat(1_000)))));
        post("/people", with(Api.person(Api.secret()), "familyName", huge))
                .andExpect(problem(400, "validation"))
                .andExpect(jsonPath("$.errors[0].field").value("familyName"));
    }

    @Test
    void aBodyOverOneMebibyteIsRefusedAsTooLarge() throws Exception {
        String secret = Api.secret();
        post("/organizations", with(Api.organization(secret), "address", "x".repeat(ONE_MEBIBYTE)))
                .andExpect(problem(413, "too-large"));
        api.perform(as(district.viewer(), get(path(district, "/organizations?q=" + secret))))
                .andExpect(jsonPath("$.totalItems").value(0));
    }

    @Test
    void aBodyOverTheLimitWithoutADeclaredLengthIsRefusedWhileBeingRead() throws Exception {
        byte[] body = json.writeValueAsBytes(with(Api.organization(Api.secret()), "address", "x".repeat(ONE_MEBIBYTE)));
        String path = path(district, "/organizations");
        String bearer = district.editor().bearer();
        // As a chunked request arrives: the server does not know its length until it has read it.
        RequestBuilder chunked = servletContext -> {
            MockHttpServletRequest request = new MockHttpServletRequest(servletContext, "POST", path) {
                @Override
                public int getContentLength() {
                    return -1;
                }

                @Override
                public long getContentLengthLong() {
                    return -1;
                }
            };
            request.setContentType(MediaType.APPLICATION_JSON_VALUE);
            request.setContent(body);
            request.addHeader(HttpHeaders.AUTHORIZATION, bearer);
            return request;
        };
        api.perform(chunked).andExpect(problem(413, "too-large"));
    }

    // Tax codes

    @Test
    void anOrganisationsTaxCodeAndVatNumberMustHaveTheRightCheckDigit() throws Exception {
        TestDistrict fresh = fixtures.district();
        post(fresh, "/organizations", with(Api.organization(Api.secret()), "taxCode", "12345670487"))
                .andExpect(problem(400, "validation"))
                .andExpect(jsonPath("$.errors[0].field").value("taxCode"));
        post(fresh, "/organizations", with(Api.organization(Api.secret()), "vatNumber", "12345670487"))
                .andExpect(problem(400, "validation"))
                .andExpect(jsonPath("$.errors[0].field").value("vatNumber"));
        post(
                        fresh,
                        "/organizations",
                        with(Api.organization(Api.secret()), "taxCode", "12345670488", "vatNumber", "12345670488"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.taxCode").value("12345670488"));
    }

    @Test
    void aPersonsTaxCodeMustBeAPersonalCodeWithTheRightCheckLetter() throws Exception {
        TestDistrict fresh = fixtures.district();
        for (String wrong : List.of("RSSMRA85T10A562T", "12345670488", "RSSMRA85T10A562")) {
            post(fresh, "/people", with(Api.person(Api.secret()), "taxCode", wrong))
                    .andExpect(problem(400, "validation"))
                    .andExpect(jsonPath("$.errors[0].field").value("taxCode"));
        }
        post(fresh, "/people", with(Api.person(Api.secret()), "taxCode", "rssmra85t10a562s"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.taxCode").value("RSSMRA85T10A562S"));
    }

    @Test
    void aDuplicateTaxCodeInTheSameDistrictIsAConflictNamingTheOtherOrganisation() throws Exception {
        Map<String, Object> first = Api.organization(Api.secret());
        String taxCode = (String) first.get("taxCode");
        post("/organizations", first).andExpect(status().isCreated());
        String spaced = taxCode.substring(0, 5) + " " + taxCode.substring(5);

        post("/organizations", with(Api.organization(Api.secret()), "taxCode", spaced))
                .andExpect(problem(409, "conflict"))
                .andExpect(jsonPath("$.errors[0].field").value("taxCode"))
                .andExpect(jsonPath("$.detail", containsString((String) first.get("name"))));
        post("/organizations", with(Api.organization(Api.secret()), "vatNumber", taxCode))
                .andExpect(status().isCreated());
        post("/organizations", with(Api.organization(Api.secret()), "vatNumber", taxCode))
                .andExpect(problem(409, "conflict"))
                .andExpect(jsonPath("$.errors[0].field").value("vatNumber"));

        TestDistrict another = fixtures.district();
        post(another, "/organizations", with(Api.organization(Api.secret()), "taxCode", taxCode))
                .andExpect(status().isCreated());
    }

    // Path and query parameters

    @TestFactory
    Stream<DynamicTest> idsThatAreNotNumbersAreBadRequests() {
        List<DynamicTest> tests = new ArrayList<>();
        for (String collection : List.of("/organizations", "/people", "/governing-bodies", "/offices")) {
            for (String id : List.of("abc", "1.5", "99999999999999999999")) {
                for (HttpMethod method : List.of(HttpMethod.GET, HttpMethod.PUT, HttpMethod.DELETE)) {
                    String path = path(district, collection + "/" + id);
                    tests.add(named(method + " " + collection + "/" + id + " → 400", () -> {
                        var request = method == HttpMethod.PUT
                                ? api.json(method, path, Api.organization(Api.secret()))
                                        .header(HttpHeaders.IF_MATCH, "\"0\"")
                                : request(method, path);
                        api.perform(as(district.admin(), request))
                                .andExpect(problem(400, "bad-request"))
                                .andExpect(jsonPath("$.errors[0].field").value("id"));
                    }));
                }
            }
        }
        return tests.stream();
    }

    @Test
    void aPageNumberThatIsNotANumberOrIsNegativeIsABadRequest() throws Exception {
        api.perform(as(district.viewer(), get(path(district, "/organizations?page=first"))))
                .andExpect(problem(400, "bad-request"))
                .andExpect(jsonPath("$.errors[0].field").value("page"));
        api.perform(as(district.viewer(), get(path(district, "/people?page=-3"))))
                .andExpect(problem(400, "bad-request"))
                .andExpect(jsonPath("$.errors[0].field").value("page"));
    }

    // Domain rules

    @Test
    void aLeadMunicipalityOutsideTheDistrictIsRefusedAndNothingChanges() throws Exception {
        String address = path(district, "");
        JsonNode before = api.get(null, address);
        Object details = fields(
                "name", "Ambito rinominato", "legalForm", "CONSORZIO", "leadMunicipality", fixtures.freeMunicipality());

        put(address, details, api.etag(null, address))
                .andExpect(problem(422, "rule-violation"))
                .andExpect(jsonPath("$.errors[0].field").value("leadMunicipality"));

        api.perform(get(address))
                .andExpect(jsonPath("$.name").value(before.get("name").asString()))
                .andExpect(jsonPath("$.legalForm").value(before.get("legalForm").asString()))
                .andExpect(jsonPath("$.leadMunicipality.istatCode")
                        .value(before.at("/leadMunicipality/istatCode").asString()))
                .andExpect(header().string(
                                HttpHeaders.ETAG, "\"" + before.get("version").asLong() + "\""));
    }

    @Test
    void theLeadMunicipalityCannotBeRemoved() throws Exception {
        String lead = api.get(null, path(district, ""))
                .at("/leadMunicipality/istatCode")
                .asString();
        api.perform(as(district.admin(), request(HttpMethod.DELETE, path(district, "/municipalities/" + lead))))
                .andExpect(problem(409, "conflict"))
                .andExpect(jsonPath("$.errors[0].field").value("leadMunicipality"));
        api.perform(get(path(district, "")))
                .andExpect(jsonPath("$.leadMunicipality.istatCode").value(lead));
    }

    @Test
    void aMunicipalityOfAnotherDistrictOrUnknownCannotJoin() throws Exception {
        TestDistrict another = fixtures.district();
        String taken = api.get(null, path(another, ""))
                .at("/leadMunicipality/istatCode")
                .asString();
        api.perform(as(district.admin(), request(HttpMethod.PUT, path(district, "/municipalities/" + taken))))
                .andExpect(problem(409, "conflict"))
                .andExpect(jsonPath("$.detail", containsString(another.name())));
        for (String unknown : List.of("999999", "abc")) {
            api.perform(as(district.admin(), request(HttpMethod.PUT, path(district, "/municipalities/" + unknown))))
                    .andExpect(problem(422, "rule-violation"));
        }
    }

    // Versions

    /** An update of each kind of entity, with a new name and no version anywhere. */
    @TestFactory
    Stream<DynamicTest> anUpdateThatDoesNotSayWhichVersionItReadIsRefusedWith428() throws Exception {
        Map<String, Object> targets = Map.of(
                created("/organizations", Api.organization(Api.secret())), Api.organization(Api.secret()),
                created("/people", Api.person(Api.secret())), Api.person(Api.secret()),
                created("/governing-bodies", Api.governingBody(Api.secret())), Api.governingBody(Api.secret()),
                created("/offices", Api.office(Api.secret())), Api.office(Api.secret()),
                path(district, "/planning-office"), fields("name", "Ufficio " + Api.secret()),
                path(district, ""), fields("name", "Ambito " + Api.secret(), "legalForm", "CONSORZIO"));
        return targets.entrySet().stream()
                .map(target -> named("PUT " + target.getKey() + " without a version → 428", () -> {
                    String before = api.text(district.admin(), target.getKey());
                    put(target.getKey(), target.getValue(), null).andExpect(problem(428, "precondition-required"));
                    assertThat(api.text(district.admin(), target.getKey())).isEqualTo(before);
                }));
    }

    @Test
    void anIfMatchWithAControlCharacterIsABadRequestAndChangesNothing() throws Exception {
        String address = createdOrganization();
        JsonNode current = api.get(district.viewer(), address);

        put(address, Api.organization(Api.secret()), "\"0\u0007\"").andExpect(problem(400, "bad-request"));

        assertThat(api.get(district.viewer(), address)).isEqualTo(current);
    }

    @Test
    void aStaleIfMatchIsRefusedWith412AndChangesNothing() throws Exception {
        String address = createdOrganization();
        JsonNode current = api.update(district.editor(), address, Api.organization(Api.secret()));

        put(address, Api.organization(Api.secret()), "\"0\"")
                .andExpect(problem(412, "stale-version"))
                .andExpect(jsonPath("$.currentVersion").value(1));

        assertThat(api.get(district.viewer(), address)).isEqualTo(current);
    }

    @Test
    void aStaleVersionInTheBodyIsRefusedWith409AndChangesNothing() throws Exception {
        String address = createdOrganization();
        JsonNode current = api.update(district.editor(), address, Api.organization(Api.secret()));

        put(address, with(Api.organization(Api.secret()), "version", 0), null)
                .andExpect(problem(409, "stale-version"))
                .andExpect(jsonPath("$.currentVersion").value(1));

        assertThat(api.get(district.viewer(), address)).isEqualTo(current);
    }

    @Test
    void theVersionReadLetsTheUpdateThroughInTheBodyOrAsAWeakOrStrongETag() throws Exception {
        String address = createdOrganization();
        put(address, with(Api.organization(Api.secret()), "version", 0), null)
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.ETAG, "\"1\""));
        put(address, Api.organization(Api.secret()), "W/\"1\"")
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.ETAG, "\"2\""));
        // If-Match wins over the body.
        put(address, with(Api.organization(Api.secret()), "version", 0), "\"2\"")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(3));
    }

    /**
     * Two editors read the planning office before anyone has described it (version 0). The first
     * saves; the second, who never saw that, must be refused instead of overwriting it.
     */
    @Test
    void aSecondWriterWhoReadThePlanningOfficeBeforeItExistedIsRefused() throws Exception {
        TestDistrict fresh = fixtures.district();
        String address = path(fresh, "/planning-office");
        String etagBothRead = api.etag(null, address);

        api.perform(as(
                        fresh.editor(),
                        api.json(HttpMethod.PUT, address, fields("name", "Ufficio di Piano (prima)"))
                                .header(HttpHeaders.IF_MATCH, etagBothRead)))
                .andExpect(status().isOk());
        api.perform(as(
                        fresh.admin(),
                        api.json(HttpMethod.PUT, address, fields("name", "Ufficio di Piano (seconda)"))
                                .header(HttpHeaders.IF_MATCH, etagBothRead)))
                .andExpect(problem(412, "stale-version"));

        api.perform(get(address)).andExpect(jsonPath("$.name").value("Ufficio di Piano (prima)"));
    }

    /** A change refused half-way (the first fields were fine, a later one breaks a rule). */
    record HalfWay(
            String name,
            String collection,
            String entity,
            Map<String, Object> created,
            Map<String, Object> refusedChange,
            int status,
            String field) {}

    @TestFactory
    Stream<DynamicTest> aRefusedUpdateNeverWritesPartially() throws Exception {
        Map<String, Object> taken = Api.organization(Api.secret());
        post("/organizations", taken).andExpect(status().isCreated());
        List<HalfWay> cases = List.of(
                new HalfWay(
                        "organisation renamed with another's tax code",
                        "/organizations",
                        "Organization",
                        Api.organization(Api.secret()),
                        with(Api.organization("renamed"), "taxCode", taken.get("taxCode")),
                        409,
                        "taxCode"),
                new HalfWay(
                        "organisation renamed with a RUNTS number but no section",
                        "/organizations",
                        "Organization",
                        Api.organization(Api.secret()),
                        with(Api.organization("renamed"), "runtsNumber", "12345"),
                        422,
                        "runtsSection"),
                new HalfWay(
                        "person renamed into an organisation of nowhere",
                        "/people",
                        "Person",
                        Api.person(Api.secret()),
                        with(Api.person("renamed"), "organizationId", 987_654_321L),
                        422,
                        "organizationId"),
                new HalfWay(
                        "governing body renamed with a member who does not exist",
                        "/governing-bodies",
                        "GoverningBody",
                        Api.governingBody(Api.secret()),
                        with(
                                Api.governingBody("renamed"),
                                "members",
                                List.of(fields("personId", 987_654_321L, "role", "MEMBER", "startDate", "2024-01-01"))),
                        422,
                        "members[0].personId"),
                new HalfWay(
                        "office renamed with overlapping hours",
                        "/offices",
                        "Office",
                        Api.office(Api.secret()),
                        with(
                                Api.office("renamed"),
                                "hours",
                                List.of(
                                        fields("day", "MONDAY", "opens", "09:00", "closes", "12:00"),
                                        fields("day", "MONDAY", "opens", "11:00", "closes", "13:00"))),
                        422,
                        "hours"));
        return cases.stream()
                .map(c -> named(c.name() + " → " + c.status() + ", nothing changed", () -> {
                    String address = created(c.collection(), c.created());
                    String id = address.substring(address.lastIndexOf('/') + 1);
                    String before = api.text(district.admin(), address);

                    put(address, c.refusedChange(), "\"0\"")
                            .andExpect(problem(c.status()))
                            .andExpect(jsonPath("$.errors[*].field", hasItem(c.field())));

                    assertThat(api.text(district.admin(), address)).isEqualTo(before);
                    String entries = "$.items[?(@.entityId == '" + id + "' && @.action == '%s')]";
                    api.perform(as(district.admin(), get(path(district, "/audit?entity=" + c.entity()))))
                            .andExpect(jsonPath(entries.formatted("CREATED")).isNotEmpty())
                            .andExpect(jsonPath(entries.formatted("UPDATED")).isEmpty());
                }));
    }

    // Markup and SQL are text

    @TestFactory
    Stream<DynamicTest> markupAndSqlInTextFieldsAreStoredExactlyAsTyped() {
        return Stream.of(
                        SCRIPT,
                        "Robert'); DROP TABLE organization;--",
                        "x' OR '1'='1",
                        "\"Il Melograno\" & <b>figli</b> \\ 100% _ ; --",
                        "Società “Cooperativa” àèìòù – 🙂")
                .map(text -> named(text, () -> {
                    String organization = created(
                            "/organizations", with(Api.organization(Api.secret()), "name", text, "address", text));
                    api.perform(as(district.viewer(), get(organization)))
                            .andExpect(jsonPath("$.name").value(text))
                            .andExpect(jsonPath("$.address").value(text));
                    String person =
                            created("/people", with(Api.person(Api.secret()), "givenName", text, "position", text));
                    api.perform(as(district.viewer(), get(person)))
                            .andExpect(jsonPath("$.givenName").value(text))
                            .andExpect(jsonPath("$.position").value(text));
                    // The tables are still there and whole.
                    api.perform(as(district.viewer(), get(path(district, "/organizations"))))
                            .andExpect(status().isOk())
                            .andExpect(jsonPath("$.totalItems").value(greaterThan(0)));
                }));
    }

    @Test
    void sqlInASearchIsSearchedForLiterally() throws Exception {
        createdOrganization();
        created("/people", Api.person(Api.secret()));
        for (String query : List.of("' OR '1'='1", "x') OR 1=1 --", "\" OR \"\"=\"")) {
            api.perform(as(
                            district.viewer(),
                            get(path(district, "/organizations")).param("q", query)))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.items[*].name", everyItem(containsString(query))));
            api.perform(as(district.viewer(), get(path(district, "/people")).param("q", query)))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.items[*].givenName", everyItem(containsString(query))));
        }
    }

    @Test
    void theStaffAndPublicPagesShowMarkupInNamesAsText() throws Exception {
        TestDistrict fresh = fixtures.district();
        long organization = api.createId(
                fresh.editor(), path(fresh, "/organizations"), with(Api.organization(Api.secret()), "name", SCRIPT));
        api.create(
                fresh.editor(),
                path(fresh, "/governing-bodies"),
                with(Api.governingBody(Api.secret()), "name", SCRIPT));

        for (String page : List.of("/organizations", "/organizations/" + organization)) {
            String html = mvc.perform(get("/districts/" + fresh.slug() + page)
                            .with(user(fresh.viewer().username())))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString(StandardCharsets.UTF_8);
            assertThat(html).as(page).doesNotContain(SCRIPT).contains(ESCAPED_SCRIPT);
        }
        String publicPage = mvc.perform(get("/districts/" + fresh.slug()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(publicPage).doesNotContain(SCRIPT).contains(ESCAPED_SCRIPT);
    }

    // Language and shape of problems

    @Test
    void problemsSpeakEnglishWhenAskedAndItalianOtherwise() throws Exception {
        String organizations = path(district, "/organizations");
        api.perform(as(
                        district.editor(),
                        api.json(HttpMethod.POST, organizations, Map.of()).header(HttpHeaders.ACCEPT_LANGUAGE, "en")))
                .andExpect(problem(400, "validation"))
                .andExpect(jsonPath("$.title").value("Invalid data"))
                .andExpect(jsonPath("$.detail").value("Some data are not valid: see the list of errors."))
                .andExpect(jsonPath("$.errors[0].message").value("Required."));
        api.perform(as(
                        district.editor(),
                        api.json(HttpMethod.POST, organizations, Map.of())
                                .header(HttpHeaders.ACCEPT_LANGUAGE, "it-IT")))
                .andExpect(jsonPath("$.title").value("Dati non validi"))
                .andExpect(jsonPath("$.errors[0].message").value("Campo obbligatorio."));
        api.perform(as(district.editor(), api.json(HttpMethod.POST, organizations, Map.of())))
                .andExpect(jsonPath("$.title").value("Dati non validi"));

        api.perform(as(district.viewer(), get(organizations + "/987654321")).header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .andExpect(problem(404, "not-found"))
                .andExpect(jsonPath("$.title").value("Not found"))
                .andExpect(jsonPath("$.detail", containsString("does not exist in this district")));
        api.perform(get(organizations).header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .andExpect(problem(401, "unauthenticated"))
                .andExpect(jsonPath("$.title").value("Sign-in required"));
        api.perform(get(organizations)).andExpect(jsonPath("$.title").value("Accesso richiesto"));
    }

    /** Ids are names, not quantities: "1234567", never "1,234,567" or "1.234.567". */
    @Test
    void aNotFoundProblemQuotesTheIdAsItWasSent() throws Exception {
        for (String language : List.of("en", "it")) {
            api.perform(as(district.viewer(), get(path(district, "/organizations/1234567")))
                            .header(HttpHeaders.ACCEPT_LANGUAGE, language))
                    .andExpect(problem(404, "not-found"))
                    .andExpect(jsonPath("$.detail", containsString(" 1234567 ")));
        }
    }

    @Test
    void aBodyInAnotherFormatIsRefusedAsUnsupported() throws Exception {
        api.perform(as(
                        district.editor(),
                        request(HttpMethod.POST, path(district, "/organizations"))
                                .contentType(MediaType.TEXT_PLAIN)
                                .content("name=Coop")))
                .andExpect(problem(415, "http-415"));
    }

    /** Spring answers these before any REST controller is chosen: the API's own handler must still speak. */
    @Test
    void aMethodTheAddressDoesNotSupportIsAProblemDetail() throws Exception {
        String address = createdOrganization();
        api.perform(as(district.editor(), api.json(HttpMethod.PATCH, address, Map.of("name", "Nuovo nome"))))
                .andExpect(header().exists(HttpHeaders.ALLOW))
                .andExpect(problem(405, "http-405"));
    }

    @Test
    void anUnknownApiAddressIsAProblemDetail() throws Exception {
        api.perform(as(district.viewer(), get(path(district, "/no-such-collection"))))
                .andExpect(problem(404, "http-404"));
    }

    @Test
    void aWronglyFormattedDateIsRefusedNamingTheField() throws Exception {
        Object closure = fields("firstDay", "31/12/2025", "lastDay", "2026-01-06");
        post("/offices", with(Api.office(Api.secret()), "closures", List.of(closure)))
                .andExpect(problem(400, "validation"))
                .andExpect(jsonPath("$.errors[0].field").value("closures[0].firstDay"));
    }
}
