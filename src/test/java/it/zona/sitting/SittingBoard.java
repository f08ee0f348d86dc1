package it.zona.sitting;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import it.zona.support.ApiClient;
import it.zona.support.Fixtures;
import it.zona.support.Fixtures.TestDistrict;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.http.HttpHeaders;
import tools.jackson.databind.JsonNode;

/**
 * A District whose board has one member per address pair given (PEC, e-mail; either may be null):
 * the first is its president, the first three represent the lead municipality. Its editor
 * convenes, records and decides through the API, as the office would.
 */
final class SittingBoard {

    /** A member as the tests address it: the name the pages and the PDF show, and its addresses. */
    record Member(long id, String name, String pec, String email) {}

    final Fixtures fixtures;
    final TestDistrict district;
    final ApiClient editor;
    final List<Member> members = new ArrayList<>();
    final long id;

    /** {@code addresses} holds a {PEC, e-mail} pair per member. */
    SittingBoard(Fixtures fixtures, String[]... addresses) throws Exception {
        this.fixtures = fixtures;
        this.district = fixtures.district();
        this.editor = fixtures.api(district.editor());
        String lead = editor.read(fixtures.anonymousApi().get("/api/v1/districts/{slug}", district.slug()))
                .get("leadMunicipality")
                .get("istatCode")
                .asString();
        StringBuilder seats = new StringBuilder();
        for (int i = 0; i < addresses.length; i++) {
            String family = "N" + i + "-" + Fixtures.unique();
            long person = editor.read(editor.post(
                                    "/api/v1/districts/{slug}/people",
                                    """
                                    {"givenName":"Membro","familyName":"%s","pec":%s,"email":%s}""".formatted(family, quoted(addresses[i][0]), quoted(addresses[i][1])),
                                    district.slug())
                            .andExpect(status().isCreated()))
                    .get("id")
                    .asLong();
            members.add(new Member(person, "Membro " + family, addresses[i][0], addresses[i][1]));
            seats.append(i == 0 ? "" : ",")
                    .append("""
                    {"personId":%d,"role":"%s","municipality":%s,"startDate":"2020-01-01"}""".formatted(person, i == 0 ? "PRESIDENT" : "MEMBER", i < 3 ? quoted(lead) : "null"));
        }
        id = editor.read(editor.post("/api/v1/districts/{slug}/governing-bodies", """
                                {"type":"INSTITUTIONAL_BOARD","name":"Coordinamento","members":[%s]}""".formatted(seats), district.slug())
                        .andExpect(status().isCreated()))
                .get("id")
                .asLong();
    }

    /** Convenes a sitting on the day, with its second call the day after, in the council hall. */
    long convene(LocalDate day, String... titles) throws Exception {
        String agenda = List.of(titles).stream()
                .map(title -> "{\"title\":\"%s\",\"proposal\":\"Si **delibera**.\"}".formatted(title))
                .collect(Collectors.joining(","));
        return editor.read(editor.post(
                                "/api/v1/districts/{slug}/sittings",
                                """
                                {"governingBodyId":%d,"date":"%s","startTime":"16:00","secondCallDate":"%s",
                                 "secondCallTime":"17:30","place":"Sala consiliare","items":[%s]}""".formatted(id, day, day.plusDays(1), agenda),
                                district.slug())
                        .andExpect(status().isCreated()))
                .get("id")
                .asLong();
    }

    JsonNode sitting(long sitting) throws Exception {
        return editor.read(fixtures.anonymousApi().get("/api/v1/sittings/{id}", sitting));
    }

    long version(long sitting) throws Exception {
        return sitting(sitting).get("version").asLong();
    }

    /** The first member in person, the second by delegate, the others absent... up to {@code present}. */
    void attend(long sitting, int present) throws Exception {
        List<String> entries = new ArrayList<>();
        for (int i = 0; i < members.size(); i++) {
            String presence = i >= present ? "ABSENT" : i == 1 ? "DELEGATE" : "PRESENT";
            entries.add("""
                    {"personId":%d,"presence":"%s","delegate":"Vicesindaco Rossi","delegation":"Decreto n. 7/2026"}""".formatted(members.get(i).id(), presence));
        }
        editor.put(
                        "/api/v1/sittings/{id}/attendance",
                        """
                        {"call":"FIRST","entries":[%s],"version":%d}""".formatted(String.join(",", entries), version(sitting)),
                        sitting)
                .andExpect(status().isOk());
    }

    /** The members in order cast the choices given on the item, and the vote is closed. */
    JsonNode decide(long sitting, int item, String... choices) throws Exception {
        List<String> votes = new ArrayList<>();
        for (int i = 0; i < choices.length; i++) {
            votes.add("{\"personId\":%d,\"choice\":\"%s\"}"
                    .formatted(members.get(i).id(), choices[i]));
        }
        editor.put(
                        "/api/v1/sittings/{id}/items/{n}/votes",
                        """
                        {"votes":[%s],"version":%d}""".formatted(String.join(",", votes), version(sitting)),
                        sitting,
                        item)
                .andExpect(status().isOk());
        return editor.read(editor.postWithHeader(
                        "/api/v1/sittings/{id}/items/{n}/decision",
                        "",
                        HttpHeaders.IF_MATCH,
                        "\"" + version(sitting) + "\"",
                        sitting,
                        item)
                .andExpect(status().isOk()));
    }

    /** A sitting that was held with its quorum and approved its first item: one to write minutes of. */
    long held(LocalDate day, String... titles) throws Exception {
        long sitting = convene(day, titles);
        attend(sitting, members.size());
        decide(sitting, 1, members.stream().map(m -> "IN_FAVOUR").toArray(String[]::new));
        return sitting;
    }

    private static String quoted(String text) {
        return text == null ? "null" : "\"" + text + "\"";
    }
}
