package it.zona.sitting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import it.zona.plan.PlanAct;
import it.zona.plan.PlanRegistry;
import it.zona.support.ApiClient;
import it.zona.support.Fixtures;
import it.zona.support.Fixtures.TestDistrict;
import it.zona.support.TestCalendar;
import it.zona.support.ZonaIntegrationTest;
import jakarta.persistence.EntityManagerFactory;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.ResultActions;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.ValidationResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

@ZonaIntegrationTest
class SittingApiTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    EntityManagerFactory entityManagers;

    @Autowired
    PlanRegistry plans;

    /** A District of four municipalities whose board has their four mayors and the health district's director. */
    private final class Board {
        final TestDistrict district = fixtures.district();
        final ApiClient editor = fixtures.api(district.editor());
        final List<Long> members = new ArrayList<>();
        final long id;

        Board() throws Exception {
            List<String> municipalities = new ArrayList<>();
            municipalities.add(editor.read(fixtures.anonymousApi().get("/api/v1/districts/{slug}", district.slug()))
                    .get("leadMunicipality")
                    .get("istatCode")
                    .asString());
            for (int i = 0; i < 3; i++) {
                municipalities.add(fixtures.addMunicipality(district));
            }
            StringBuilder seats = new StringBuilder();
            for (int i = 0; i < 5; i++) {
                long person = editor.read(
                                editor.post("/api/v1/districts/{slug}/people", """
                                        {"givenName":"Membro","familyName":"N%d"}""".formatted(i), district.slug())
                                        .andExpect(status().isCreated()))
                        .get("id")
                        .asLong();
                members.add(person);
                String municipality = i < 4 ? "\"" + municipalities.get(i) + "\"" : "null";
                seats.append(i == 0 ? "" : ",").append("""
                        {"personId":%d,"role":"MEMBER","municipality":%s,"startDate":"2020-01-01"}""".formatted(person, municipality));
            }
            id = editor.read(editor.post(
                                    "/api/v1/districts/{slug}/governing-bodies", """
                                    {"type":"INSTITUTIONAL_BOARD","name":"Coordinamento","members":[%s]}""".formatted(seats), district.slug())
                            .andExpect(status().isCreated()))
                    .get("id")
                    .asLong();
        }

        long convene(LocalDate day, String... items) throws Exception {
            String agenda = List.of(items).stream()
                    .map(title -> "{\"title\":\"%s\",\"proposal\":\"Si delibera.\"}".formatted(title))
                    .collect(Collectors.joining(","));
            return editor.read(editor.post(
                                    "/api/v1/districts/{slug}/sittings",
                                    """
                                    {"governingBodyId":%d,"date":"%s","startTime":"16:00","secondCallDate":"%s",
                                     "secondCallTime":"16:00","place":"Sala consiliare","items":[%s]}""".formatted(id, day, day.plusDays(1), agenda),
                                    district.slug())
                            .andExpect(status().isCreated()))
                    .get("id")
                    .asLong();
        }

        /** The first {@code present} members attend in person, the others are absent. */
        JsonNode attend(long sitting, String call, int present) throws Exception {
            String entries = members.stream()
                    .map(m -> "{\"personId\":%d,\"presence\":\"%s\"}"
                            .formatted(m, members.indexOf(m) < present ? "PRESENT" : "ABSENT"))
                    .collect(Collectors.joining(","));
            return editor.read(editor.put(
                            "/api/v1/sittings/{id}/attendance", """
                                    {"call":"%s","entries":[%s],"version":%d}""".formatted(call, entries, version(sitting)), sitting)
                    .andExpect(status().isOk()));
        }

        void vote(long sitting, int item, String... choices) throws Exception {
            List<String> votes = new ArrayList<>();
            for (int i = 0; i < choices.length; i++) {
                votes.add("{\"personId\":%d,\"choice\":\"%s\"}".formatted(members.get(i), choices[i]));
            }
            editor.put(
                            "/api/v1/sittings/{id}/items/{n}/votes",
                            """
                                    {"votes":[%s],"version":%d}""".formatted(String.join(",", votes), version(sitting)),
                            sitting,
                            item)
                    .andExpect(status().isOk());
        }

        JsonNode decide(long sitting, int item) throws Exception {
            return editor.read(editor.postWithHeader(
                            "/api/v1/sittings/{id}/items/{n}/decision",
                            "",
                            HttpHeaders.IF_MATCH,
                            "\"" + version(sitting) + "\"",
                            sitting,
                            item)
                    .andExpect(status().isOk()));
        }

        long version(long sitting) throws Exception {
            return editor.read(fixtures.anonymousApi().get("/api/v1/sittings/{id}", sitting))
                    .get("version")
                    .asLong();
        }
    }

    private static long planVersion(ApiClient admin, long plan) throws Exception {
        return admin.read(admin.get("/api/v1/plans/{id}", plan)).get("version").asLong();
    }

    private static LocalDate daysAgo(int days) {
        return TestCalendar.today().minusDays(days);
    }

    @Test
    void aConvocationNeedsAnAgendaAPlaceAndASecondCallAfterTheFirst() throws Exception {
        Board board = new Board();
        String slug = board.district.slug();
        board.editor
                .post("/api/v1/districts/{slug}/sittings", """
                        {"governingBodyId":%d,"date":"2026-11-10","startTime":"16:00","place":"Sala","items":[]}""".formatted(board.id), slug)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("items"));
        board.editor
                .post("/api/v1/districts/{slug}/sittings", """
                        {"governingBodyId":%d,"date":"2026-11-10","startTime":"16:00","items":[{"title":"Bilancio"}]}""".formatted(board.id), slug)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("place"));
        board.editor
                .post("/api/v1/districts/{slug}/sittings", """
                        {"governingBodyId":%d,"date":"2026-11-10","startTime":"16:00","secondCallDate":"2026-11-09",
                         "place":"Sala","items":[{"title":"Bilancio"}]}""".formatted(board.id), slug)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("secondCallDate"));
        board.editor
                .post("/api/v1/districts/{slug}/sittings", """
                        {"governingBodyId":%d,"date":"2026-11-10","startTime":"16h","place":"Sala","items":[{"title":"B"}]}""".formatted(board.id), slug)
                .andExpect(status().isBadRequest());
        Board other = new Board();
        board.editor
                .post("/api/v1/districts/{slug}/sittings", """
                        {"governingBodyId":%d,"date":"2026-11-10","startTime":"16:00","place":"Sala","items":[{"title":"B"}]}""".formatted(other.id), slug)
                .andExpect(status().isNotFound());
        assertThat(jdbc.queryForObject(
                        "select count(*) from sitting where district_id = ?", Long.class, board.district.id()))
                .isZero();
    }

    @Test
    void attendanceIsRecordedFromTheDayAndTheQuorumSaysWhy() throws Exception {
        Board board = new Board();
        long future = board.convene(TestCalendar.today().plusDays(3), "Bilancio");
        board.editor.put("/api/v1/sittings/{id}/attendance", """
                        {"call":"FIRST","entries":[],"version":0}""", future).andExpect(status().isConflict());
        long sitting = board.convene(daysAgo(2), "Bilancio");
        fixtures.anonymousApi()
                .get("/api/v1/sittings/{id}/attendance", sitting)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.recorded").value(false))
                .andExpect(jsonPath("$.entries.length()").value(5));
        JsonNode two = board.attend(sitting, "FIRST", 2);
        assertThat(two.get("quorum").get("present").asInt()).isEqualTo(2);
        assertThat(two.get("quorum").get("membersReached").asBoolean()).isFalse();
        board.editor
                .put(
                        "/api/v1/sittings/{id}/items/1/votes",
                        """
                        {"votes":[{"personId":%d,"choice":"IN_FAVOUR"}],"version":%d}""".formatted(board.members.get(0), board.version(sitting)),
                        sitting)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("numero legale")));
        assertThat(jdbc.queryForObject("select count(*) from sitting_vote where sitting_id = ?", Long.class, sitting))
                .isZero();
        // The same two are a third at second call: enough there.
        JsonNode second = board.attend(sitting, "SECOND", 2);
        assertThat(second.get("quorum").get("membersShare").asString()).isEqualTo("AT_LEAST_ONE_THIRD");
        assertThat(second.get("quorum").get("membersReached").asBoolean()).isTrue();
        // A stranger is no seat; a delegate must be named.
        board.editor
                .put("/api/v1/sittings/{id}/attendance", """
                        {"call":"FIRST","entries":[{"personId":%d,"presence":"PRESENT"}],"version":%d}""".formatted(987_654_321L, board.version(sitting)), sitting)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("entries[0].personId"));
        board.editor
                .put(
                        "/api/v1/sittings/{id}/attendance",
                        """
                        {"call":"FIRST","entries":[{"personId":%d,"presence":"DELEGATE"}],"version":%d}""".formatted(board.members.get(0), board.version(sitting)),
                        sitting)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("entries[0].delegate"));
    }

    @Test
    void aQuorumByPopulationCountsTheResidentsTheMembersPresentRepresent() throws Exception {
        Board board = new Board();
        board.editor
                .put(
                        "/api/v1/districts/{slug}/governing-bodies/{id}/quorum-rules",
                        """
                        {"firstCallMembers":"MORE_THAN_HALF","firstCallPopulation":"MORE_THAN_HALF",
                         "secondCallMembers":"AT_LEAST_ONE_THIRD","secondCallPopulation":"NONE",
                         "majority":"MORE_THAN_HALF","majorityBasis":"POPULATION","abstentionsCounted":false,
                         "agreedShares":[],"version":0}""",
                        board.district.slug(),
                        board.id)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.standard").value(false));
        long sitting = board.convene(daysAgo(1), "Bilancio");
        JsonNode sheet = board.attend(sitting, "FIRST", 3);
        long population = 0;
        long present = 0;
        for (int i = 0; i < 4; i++) {
            long residents = sheet.get("entries").get(i).get("population").asLong();
            population += residents;
            present += i < 3 ? residents : 0;
        }
        JsonNode quorum = sheet.get("quorum");
        assertThat(quorum.get("population").asLong()).isEqualTo(population);
        assertThat(quorum.get("presentPopulation").asLong()).isEqualTo(present);
        assertThat(quorum.get("populationReached").asBoolean()).isEqualTo(2 * present > population);
    }

    @Test
    void anApprovedItemBecomesTheNextNumberedResolutionAndARejectedOneDoesNot() throws Exception {
        Board board = new Board();
        long sitting = board.convene(daysAgo(3), "Bilancio", "Regolamento", "Comunicazioni");
        board.attend(sitting, "FIRST", 4);
        board.vote(sitting, 1, "IN_FAVOUR", "IN_FAVOUR", "AGAINST", "ABSTAINED");
        JsonNode first = board.decide(sitting, 1);
        assertThat(first.get("outcome").asString()).isEqualTo("APPROVED");
        assertThat(first.get("tally").get("inFavour").asLong()).isEqualTo(2);
        assertThat(first.get("tally").get("base").asLong()).isEqualTo(3);
        assertThat(first.get("resolution").get("number").asInt()).isEqualTo(1);
        assertThat(first.get("resolution").get("year").asInt())
                .isEqualTo(daysAgo(3).getYear());
        board.vote(sitting, 2, "IN_FAVOUR", "AGAINST");
        assertThat(board.decide(sitting, 2).get("outcome").asString())
                .as("a tie")
                .isEqualTo("REJECTED");
        // Decided items are not voted again, and the convocation no longer changes.
        board.editor
                .put("/api/v1/sittings/{id}/items/1/votes", """
                        {"votes":[],"version":%d}""".formatted(board.version(sitting)), sitting)
                .andExpect(status().isConflict());
        board.editor
                .postWithHeader(
                        "/api/v1/sittings/{id}/items/3/decision",
                        "",
                        HttpHeaders.IF_MATCH,
                        "\"" + board.version(sitting) + "\"",
                        sitting)
                .andExpect(status().isConflict());
        JsonNode read = board.editor.read(fixtures.anonymousApi().get("/api/v1/sittings/{id}", sitting));
        board.editor.put("/api/v1/sittings/{id}", read.toString(), sitting).andExpect(status().isConflict());

        // A later sitting revokes resolution 1 by resolution 2.
        long resolution = first.get("resolution").get("id").asLong();
        long later = board.editor
                .read(board.editor
                        .post(
                                "/api/v1/districts/{slug}/sittings",
                                """
                                {"governingBodyId":%d,"date":"%s","startTime":"10:00","place":"Sala",
                                 "items":[{"title":"Revoca","affectsResolutionId":%d,"effect":"REVOKES"}]}""".formatted(board.id, daysAgo(1), resolution),
                                board.district.slug())
                        .andExpect(status().isCreated()))
                .get("id")
                .asLong();
        board.attend(later, "FIRST", 3);
        board.vote(later, 1, "IN_FAVOUR", "IN_FAVOUR", "IN_FAVOUR");
        assertThat(board.decide(later, 1).get("resolution").get("number").asInt())
                .isEqualTo(2);
        fixtures.anonymousApi()
                .get("/api/v1/resolutions/{id}", resolution)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("REVOKED"))
                .andExpect(jsonPath("$.revokedBy.number").value(2));
        fixtures.anonymousApi()
                .get("/api/v1/districts/{slug}/resolutions?q=revoca", board.district.slug())
                .andExpect(jsonPath("$.totalItems").value(1))
                .andExpect(jsonPath("$.items[0].affects.id").value(resolution));
        fixtures.anonymousApi()
                .get("/api/v1/districts/{slug}/resolutions?page=5", board.district.slug())
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items.length()").value(0))
                .andExpect(jsonPath("$.totalItems").value(2));
    }

    @Test
    void aResolutionIsTheActThatRecordsTheMayorsApprovalOfAPlan() throws Exception {
        Board board = new Board();
        ApiClient admin = fixtures.api(board.district.admin());
        long plan = fixtures.plan(board.district, 2027, 2029);
        for (String stage : List.of("TABLES", "DRAFTING", "APPROVAL")) {
            admin.post(
                            "/api/v1/plans/{id}/transitions",
                            """
                            {"to":"%s","decidedOn":"%s","version":%d}""".formatted(stage, daysAgo(10), planVersion(admin, plan)),
                            plan)
                    .andExpect(status().isOk());
        }
        long sitting = board.convene(daysAgo(3), "Approvazione del Piano di Zona 2027-2029");
        board.attend(sitting, "FIRST", 4);
        board.vote(sitting, 1, "IN_FAVOUR", "IN_FAVOUR", "IN_FAVOUR", "IN_FAVOUR");
        long resolution = board.decide(sitting, 1).get("resolution").get("id").asLong();
        String link = "/resolutions/" + resolution;

        JsonNode acts = admin.read(admin.get("/api/v1/plans/{id}/acts?to=AGREEMENT", plan));
        assertThat(acts.get(0).get("link").asString()).isEqualTo(link);
        assertThat(acts.get(0).get("label").asString())
                .startsWith("Delibera n. 1 del " + daysAgo(3).format(DateTimeFormatter.ofPattern("dd/MM/yyyy")))
                .contains("Coordinamento", "Approvazione del Piano");
        board.editor.get("/api/v1/plans/{id}/acts?to=AGREEMENT", plan).andExpect(status().isForbidden());

        String move = """
                {"to":"AGREEMENT","decidedOn":"%s","version":""" + planVersion(admin, plan) + "%s}";
        admin.post("/api/v1/plans/{id}/transitions", move.formatted(daysAgo(2), ""), plan)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("actLink"));
        admin.post(
                        "/api/v1/plans/{id}/transitions",
                        move.formatted(daysAgo(2), ",\"actLink\":\"%s\",\"act\":\"Decreto\"".formatted(link)),
                        plan)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("act"));
        admin.post(
                        "/api/v1/plans/{id}/transitions",
                        move.formatted(daysAgo(4), ",\"actLink\":\"%s\"".formatted(link)),
                        plan)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("decidedOn"));
        admin.post(
                        "/api/v1/plans/{id}/transitions",
                        move.formatted(daysAgo(2), ",\"actLink\":\"/resolutions/0\""),
                        plan)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("actLink"));
        assertThat(admin.read(admin.get("/api/v1/plans/{id}", plan))
                        .get("stage")
                        .asString())
                .as("nothing refused was recorded")
                .isEqualTo("APPROVAL");

        JsonNode moved = admin.read(admin.post(
                        "/api/v1/plans/{id}/transitions",
                        move.formatted(daysAgo(2), ",\"actLink\":\"%s\"".formatted(link)),
                        plan)
                .andExpect(status().isOk()));
        JsonNode step = moved.get("history").get(moved.get("history").size() - 1);
        assertThat(step.get("actLink").asString()).isEqualTo(link);
        assertThat(step.get("act").asString())
                .isEqualTo(acts.get(0).get("label").asString());
        assertThat(step.get("external").asBoolean()).isFalse();
    }

    /** Convenes a sitting three days ago with the items given as JSON; answers the API's reply. */
    private static ResultActions convene(Board board, String items) throws Exception {
        return board.editor.post(
                "/api/v1/districts/{slug}/sittings", """
                {"governingBodyId":%d,"date":"%s","startTime":"16:00","place":"Sala","items":[%s]}""".formatted(board.id, daysAgo(3), items), board.district.slug());
    }

    /** Takes a plan, as its District's admin, through the stages given, each with an act taken outside Zona. */
    private static void move(ApiClient admin, long plan, String... stages) throws Exception {
        for (String stage : stages) {
            admin.post(
                            "/api/v1/plans/{id}/transitions",
                            """
                            {"to":"%s","decidedOn":"%s","act":"Atto di prova","version":%d}""".formatted(stage, daysAgo(5), planVersion(admin, plan)),
                            plan)
                    .andExpect(status().isOk());
        }
    }

    @Test
    void anItemSaysWhatItDecidesOnAPlanAndItsResolutionKeepsIt() throws Exception {
        Board board = new Board();
        long plan = fixtures.plan(board.district, 2027, 2029);
        JsonNode convened =
                board.editor.read(convene(board, """
                        {"title":"Approvazione del Piano","planId":%d,"planStage":"AGREEMENT"},
                        {"title":"Programma attuativo 2028","planId":%d,"programmeYear":2028},
                        {"title":"Comunicazioni"}""".formatted(plan, plan)).andExpect(status().isCreated()));
        long sitting = convened.get("id").asLong();
        JsonNode items = convened.get("items");
        assertThat(items.get(0).get("planId").asLong()).isEqualTo(plan);
        assertThat(items.get(0).get("planTitle").asString()).isEqualTo("Piano sociale di zona 2027-2029");
        assertThat(items.get(0).get("planPeriod").asString()).isEqualTo("2027-2029");
        assertThat(items.get(0).get("planStage").asString()).isEqualTo("AGREEMENT");
        assertThat(items.get(0).get("programmeYear").isNull()).isTrue();
        assertThat(items.get(1).get("planStage").isNull()).isTrue();
        assertThat(items.get(1).get("programmeYear").asInt()).isEqualTo(2028);
        assertThat(items.get(2).has("planId"))
                .as("an item that decides on no plan")
                .isFalse();
        assertThat(jdbc.queryForList(
                        "select plan_stage from sitting_item where sitting_id = ? order by position",
                        String.class,
                        sitting))
                .containsExactly("AGREEMENT", null, null);

        try (PDDocument agenda = Loader.loadPDF(fixtures.anonymousApi()
                .get("/api/v1/sittings/{id}/agenda", sitting)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray())) {
            assertThat(new PDFTextStripper().getText(agenda).replaceAll("\\s+", " "))
                    .contains("Decide su: Piano sociale di zona 2027-2029 – passaggio a: Accordo di Programma.")
                    .contains("Decide su: Piano sociale di zona 2027-2029 – programma attuativo 2028.");
        }

        // What is read is sent back as it is, the ties with it; one of them then goes.
        JsonNode read = board.editor.read(fixtures.anonymousApi().get("/api/v1/sittings/{id}", sitting));
        JsonNode same = board.editor.read(board.editor
                .put("/api/v1/sittings/{id}", read.toString(), sitting)
                .andExpect(status().isOk()));
        assertThat(same.get("items")).isEqualTo(read.get("items"));
        ObjectNode untied = (ObjectNode) same.get("items").get(1);
        for (String field : List.of("planId", "planTitle", "planPeriod", "planStage", "programmeYear")) {
            untied.remove(field);
        }
        JsonNode changed = board.editor.read(board.editor
                .put("/api/v1/sittings/{id}", same.toString(), sitting)
                .andExpect(status().isOk()));
        assertThat(changed.get("items").get(1).has("planId")).isFalse();
        assertThat(changed.get("items").get(0).get("planStage").asString()).isEqualTo("AGREEMENT");

        board.attend(sitting, "FIRST", 4);
        board.vote(sitting, 1, "IN_FAVOUR", "IN_FAVOUR", "IN_FAVOUR");
        JsonNode decided = board.decide(sitting, 1);
        assertThat(decided.get("planStage").asString()).isEqualTo("AGREEMENT");
        long resolution = decided.get("resolution").get("id").asLong();
        fixtures.anonymousApi()
                .get("/api/v1/resolutions/{id}", resolution)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.planId").value(plan))
                .andExpect(jsonPath("$.planTitle").value("Piano sociale di zona 2027-2029"))
                .andExpect(jsonPath("$.planStage").value("AGREEMENT"))
                .andExpect(jsonPath("$.programmeYear").doesNotExist());
        assertThat(jdbc.queryForObject("select plan_id from resolution where id = ?", Long.class, resolution))
                .isEqualTo(plan);
        byte[] pdf = fixtures.anonymousApi()
                .get("/api/v1/resolutions/{id}/document", resolution)
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document).replaceAll("\\s+", " "))
                    .contains("Decide su: Piano sociale di zona 2027-2029 – passaggio a: Accordo di Programma.");
        }
    }

    @Test
    void whatAnItemDecidesOnIsAPlanOfTheDistrictAndAStageAheadOrOneOfItsYears() throws Exception {
        Board board = new Board();
        ApiClient admin = fixtures.api(board.district.admin());
        long plan = fixtures.plan(board.district, 2027, 2029);
        long approved = fixtures.plan(board.district, 2030, 2032);
        fixtures.approve(board.district, approved);
        long closed = fixtures.plan(board.district, 2033, 2035);
        fixtures.approve(board.district, closed);
        move(admin, closed, "IMPLEMENTATION", "MONITORING", "EVALUATION", "CLOSED");
        long elsewhere = fixtures.plan(fixtures.district(), 2027, 2029);
        Map<String, String> refused = new LinkedHashMap<>();
        refused.put("{\"title\":\"A\",\"planStage\":\"AGREEMENT\"}", "items[1].planId");
        refused.put("{\"title\":\"A\",\"programmeYear\":2028}", "items[1].planId");
        refused.put("{\"title\":\"A\",\"planId\":%d}".formatted(plan), "items[1].planStage");
        refused.put(
                "{\"title\":\"A\",\"planId\":%d,\"planStage\":\"AGREEMENT\",\"programmeYear\":2028}".formatted(plan),
                "items[1].programmeYear");
        refused.put(
                "{\"title\":\"A\",\"planId\":%d,\"planStage\":\"AGREEMENT\"}".formatted(elsewhere), "items[1].planId");
        refused.put("{\"title\":\"A\",\"planId\":987654321,\"planStage\":\"AGREEMENT\"}", "items[1].planId");
        refused.put("{\"title\":\"A\",\"planId\":%d,\"programmeYear\":2030}".formatted(plan), "items[1].programmeYear");
        refused.put("{\"title\":\"A\",\"planId\":%d,\"planStage\":\"LAUNCH\"}".formatted(plan), "items[1].planStage");
        refused.put(
                "{\"title\":\"A\",\"planId\":%d,\"planStage\":\"AGREEMENT\"}".formatted(approved),
                "items[1].planStage");
        refused.put(
                "{\"title\":\"A\",\"planId\":%d,\"planStage\":\"APPROVAL\"}".formatted(approved), "items[1].planStage");
        refused.put("{\"title\":\"A\",\"planId\":%d,\"programmeYear\":2034}".formatted(closed), "items[1].planId");
        for (Map.Entry<String, String> item : refused.entrySet()) {
            convene(board, "{\"title\":\"Comunicazioni\"}," + item.getKey())
                    .andExpect(status().isUnprocessableContent())
                    .andExpect(jsonPath("$.errors[0].field").value(item.getValue()));
        }
        assertThat(jdbc.queryForObject(
                        "select count(*) from sitting where district_id = ?", Long.class, board.district.id()))
                .as("nothing refused was stored")
                .isZero();
        // A stage further than the next one is fine: an agenda is convened ahead.
        convene(board, """
                        {"title":"A","planId":%d,"planStage":"IMPLEMENTATION"},
                        {"title":"B","planId":%d,"planStage":"TABLES"},
                        {"title":"C","planId":%d,"programmeYear":2032}""".formatted(approved, plan, approved)).andExpect(status().isCreated());
        // The refusal says why.
        convene(board, "{\"title\":\"A\",\"planId\":%d,\"programmeYear\":2030}".formatted(plan))
                .andExpect(jsonPath("$.errors[0].message").value("Il 2030 non è un anno del piano (2027-2029)."));
    }

    @Test
    void aResolutionThatSaysWhatItDecidesIsOfferedForThatStepAloneAndOneThatSaysNothingForAny() throws Exception {
        Board board = new Board();
        ApiClient admin = fixtures.api(board.district.admin());
        long a = fixtures.plan(board.district, 2027, 2029);
        long b = fixtures.plan(board.district, 2030, 2032);
        long sitting = board.editor
                .read(convene(board, """
                                {"title":"Approvazione del piano A","planId":%d,"planStage":"AGREEMENT"},
                                {"title":"Programma 2028 del piano A","planId":%d,"programmeYear":2028},
                                {"title":"Approvazione del piano B","planId":%d,"planStage":"AGREEMENT"},
                                {"title":"Regolamento"}""".formatted(a, a, b)).andExpect(status().isCreated()))
                .get("id")
                .asLong();
        board.attend(sitting, "FIRST", 4);
        List<String> links = new ArrayList<>();
        for (int item = 1; item <= 4; item++) {
            board.vote(sitting, item, "IN_FAVOUR", "IN_FAVOUR", "IN_FAVOUR");
            links.add("/resolutions/"
                    + board.decide(sitting, item).get("resolution").get("id").asLong());
        }
        String approvalOfA = links.get(0);
        String programmeOfA = links.get(1);
        String approvalOfB = links.get(2);
        String untied = links.get(3);

        assertThat(acts(admin, a, "AGREEMENT")).as("the latest first").containsExactly(untied, approvalOfA);
        assertThat(acts(admin, a, "IMPLEMENTATION")).containsExactly(untied);
        assertThat(acts(admin, b, "AGREEMENT")).containsExactly(untied, approvalOfB);
        assertThat(programmeActs(board, a, 2028)).containsExactly(untied, programmeOfA);
        assertThat(programmeActs(board, a, 2027)).containsExactly(untied);
        assertThat(programmeActs(board, b, 2030)).containsExactly(untied);

        // Fifty later resolutions on plan B take no place among the fifty offered for plan A.
        for (int n = 0; n < ResolutionActs.RECENT; n++) {
            jdbc.update(
                    """
                    insert into resolution (district_id, governing_body_id, act_year, act_number, adopted_on,
                        sitting_id, item_number, title, created_at, plan_id, plan_stage)
                    values (?, ?, ?, ?, ?, ?, ?, 'Altro atto', current_timestamp, ?, 'AGREEMENT')""",
                    board.district.id(),
                    board.id,
                    daysAgo(1).getYear() + 1,
                    100 + n,
                    daysAgo(1).plusYears(1),
                    sitting,
                    100 + n,
                    b);
        }
        assertThat(acts(admin, b, "AGREEMENT")).hasSize(ResolutionActs.RECENT).doesNotContain(untied);
        assertThat(acts(admin, a, "AGREEMENT")).containsExactly(untied, approvalOfA);
    }

    @Test
    void aResolutionOnAYearsProgrammeIsTheActThatApprovesItAndTheFrozenProgrammeLinksToIt() throws Exception {
        Board board = new Board();
        ApiClient admin = fixtures.api(board.district.admin());
        long plan = fixtures.plan(board.district, 2027, 2029);
        long sitting = board.editor
                .read(convene(board, """
                                {"title":"Programma attuativo 2028","planId":%d,"programmeYear":2028}""".formatted(plan)).andExpect(status().isCreated()))
                .get("id")
                .asLong();
        board.attend(sitting, "FIRST", 4);
        board.vote(sitting, 1, "IN_FAVOUR", "IN_FAVOUR", "IN_FAVOUR");
        String link = "/resolutions/"
                + board.decide(sitting, 1).get("resolution").get("id").asLong();
        move(admin, plan, "TABLES", "DRAFTING", "APPROVAL", "AGREEMENT");
        String approvals = "/api/v1/plans/{id}/years/{year}/approvals";
        String body = """
                {"approvedOn":"%s","actLink":"%s"}""";

        admin.post(approvals, body.formatted(daysAgo(4), link), plan, 2028)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("approvedOn"));
        admin.post(approvals, body.formatted(daysAgo(3), link), plan, 2029)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("actLink"));
        JsonNode approved = admin.read(admin.post(approvals, body.formatted(daysAgo(3), link), plan, 2028)
                .andExpect(status().isCreated()));

        assertThat(approved.get("actLink").asString()).isEqualTo(link);
        assertThat(approved.get("act").asString())
                .startsWith("Delibera n. 1 del ")
                .contains("Programma attuativo 2028");
        assertThat(approved.get("approvedOn").asString()).isEqualTo(daysAgo(3).toString());
        admin.post(approvals, body.formatted(daysAgo(2), link), plan, 2028)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].field").value("actLink"));
    }

    private static List<String> acts(ApiClient admin, long plan, String to) throws Exception {
        List<String> links = new ArrayList<>();
        admin.read(admin.get("/api/v1/plans/{id}/acts?to={to}", plan, to).andExpect(status().isOk()))
                .forEach(act -> links.add(act.get("link").asString()));
        return links;
    }

    private List<String> programmeActs(Board board, long plan, int year) {
        return fixtures.as(board.district.admin().username(), () -> plans.programmeActs(plan, year)).stream()
                .map(PlanAct::link)
                .toList();
    }

    @Test
    void aResolutionIsWrittenAsPdfAWithItsVotesByName() throws Exception {
        VeraGreenfieldFoundryProvider.initialise();
        Board board = new Board();
        long sitting = board.convene(daysAgo(3), "Bilancio di previsione");
        board.attend(sitting, "FIRST", 3);
        board.vote(sitting, 1, "IN_FAVOUR", "IN_FAVOUR", "AGAINST");
        long resolution = board.decide(sitting, 1).get("resolution").get("id").asLong();
        byte[] pdf = fixtures.anonymousApi()
                .get("/api/v1/resolutions/{id}/document", resolution)
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().exists("Repr-Digest"))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf))) {
            ValidationResult result = Foundries.defaultInstance()
                    .createValidator(PDFAFlavour.PDFA_3_U, false)
                    .validate(parser);
            assertThat(result.isCompliant()).as(result.toString()).isTrue();
        }
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document))
                    .contains("Delibera n. 1 del", "Bilancio di previsione", "Membro N0", "Contrario", "raggiunto");
        }
        assertThatThrownBy(() ->
                        jdbc.update("update resolution_document set sha256 = 'x' where resolution_id = ?", resolution))
                .hasMessageContaining("append-only");
    }

    @Test
    void aResolutionIsNeverChangedNorItsBodyDeleted() throws Exception {
        Board board = new Board();
        long sitting = board.convene(daysAgo(3), "Bilancio");
        board.attend(sitting, "FIRST", 3);
        board.vote(sitting, 1, "IN_FAVOUR", "IN_FAVOUR", "IN_FAVOUR");
        long resolution = board.decide(sitting, 1).get("resolution").get("id").asLong();
        assertThatThrownBy(() -> jdbc.update("update resolution set title = 'Altro' where id = ?", resolution))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("delete from resolution where id = ?", resolution))
                .hasMessageContaining("append-only");
        board.editor
                .delete("/api/v1/districts/{slug}/governing-bodies/{id}", board.district.slug(), board.id)
                .andExpect(status().isConflict());
    }

    @Test
    void onlyTheDistrictsEditorsConveneRecordAndDecideAndEveryoneReads() throws Exception {
        Board board = new Board();
        long sitting = board.convene(daysAgo(3), "Bilancio");
        String convocation = """
                {"governingBodyId":%d,"date":"2026-11-10","startTime":"16:00","place":"Sala","items":[{"title":"B"}]}""".formatted(board.id);
        String sheet = """
                {"call":"FIRST","entries":[],"version":0}""";
        Board other = new Board();
        for (ApiClient outsider : List.of(
                fixtures.api(board.district.viewer()), other.editor, fixtures.api(fixtures.accountWithoutRoles()))) {
            outsider.post("/api/v1/districts/{slug}/sittings", convocation, board.district.slug())
                    .andExpect(status().isForbidden());
            outsider.put("/api/v1/sittings/{id}/attendance", sheet, sitting).andExpect(status().isForbidden());
            outsider.put("/api/v1/sittings/{id}/items/1/votes", "{\"votes\":[],\"version\":0}", sitting)
                    .andExpect(status().isForbidden());
            outsider.postWithHeader(
                            "/api/v1/sittings/{id}/items/1/decision", "", HttpHeaders.IF_MATCH, "\"0\"", sitting)
                    .andExpect(status().isForbidden());
            outsider.postWithHeader("/api/v1/sittings/{id}/cancellation", "", HttpHeaders.IF_MATCH, "\"0\"", sitting)
                    .andExpect(status().isForbidden());
        }
        ApiClient anonymous = fixtures.anonymousApi();
        anonymous
                .post("/api/v1/districts/{slug}/sittings", convocation, board.district.slug())
                .andExpect(status().isUnauthorized());
        anonymous.get("/api/v1/sittings/{id}", sitting).andExpect(status().isOk());
        anonymous
                .get("/api/v1/districts/{slug}/sittings", board.district.slug())
                .andExpect(jsonPath("$.items[0].id").value(sitting));
        assertThat(board.version(sitting)).isZero();
    }

    /** The lists read what their rows refer to once per page: statements do not grow with the rows. */
    @Test
    void theListsOfSittingsAndResolutionsAskTheSameWhateverTheirRows() throws Exception {
        Board board = new Board();
        ApiClient anyone = fixtures.anonymousApi();
        List<String> lists = List.of(
                "/api/v1/districts/" + board.district.slug() + "/sittings",
                "/api/v1/districts/" + board.district.slug() + "/resolutions");
        approvedSittings(board, 2);
        List<Long> few = statements(anyone, lists);
        approvedSittings(board, 5);
        List<Long> many = statements(anyone, lists);
        assertThat(few).allMatch(count -> count > 0);
        assertThat(many).as("statements per list, 7 sittings against 2").isEqualTo(few);
    }

    private void approvedSittings(Board board, int count) throws Exception {
        for (int i = 0; i < count; i++) {
            long sitting = board.convene(daysAgo(20 - i), "Punto " + i);
            board.attend(sitting, "FIRST", 3);
            board.vote(sitting, 1, "IN_FAVOUR", "IN_FAVOUR", "IN_FAVOUR");
            board.decide(sitting, 1);
        }
    }

    private List<Long> statements(ApiClient client, List<String> paths) throws Exception {
        Statistics statistics = entityManagers.unwrap(SessionFactory.class).getStatistics();
        statistics.setStatisticsEnabled(true);
        List<Long> counts = new ArrayList<>();
        try {
            for (String path : paths) {
                client.get(path).andExpect(status().isOk());
                statistics.clear();
                client.get(path).andExpect(status().isOk());
                counts.add(statistics.getPrepareStatementCount());
            }
        } finally {
            statistics.setStatisticsEnabled(false);
        }
        return counts;
    }

    /** Approvals at once on every node: each takes its own number, and none is skipped. */
    @Test
    void concurrentApprovalsTakeUniqueNumbersWithoutGaps() throws Exception {
        Board board = new Board();
        int count = 8;
        List<Long> sittings = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            long sitting = board.convene(daysAgo(10 - i), "Punto " + i);
            board.attend(sitting, "FIRST", 3);
            board.vote(sitting, 1, "IN_FAVOUR", "IN_FAVOUR", "IN_FAVOUR");
            sittings.add(sitting);
        }
        List<Long> versions = new ArrayList<>();
        for (long sitting : sittings) {
            versions.add(board.version(sitting));
        }
        ExecutorService pool = Executors.newFixedThreadPool(count);
        try {
            List<Callable<Integer>> approvals = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                long sitting = sittings.get(i);
                long version = versions.get(i);
                approvals.add(() -> board.editor
                        .read(board.editor
                                .postWithHeader(
                                        "/api/v1/sittings/{id}/items/1/decision",
                                        "",
                                        HttpHeaders.IF_MATCH,
                                        "\"" + version + "\"",
                                        sitting)
                                .andExpect(status().isOk()))
                        .get("resolution")
                        .get("number")
                        .asInt());
            }
            List<Integer> numbers = new ArrayList<>();
            for (Future<Integer> number : pool.invokeAll(approvals)) {
                numbers.add(number.get());
            }
            assertThat(numbers)
                    .containsExactlyInAnyOrderElementsOf(java.util.stream.IntStream.rangeClosed(1, count)
                            .boxed()
                            .toList());
        } finally {
            pool.shutdownNow();
        }
    }
}
