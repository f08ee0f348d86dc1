package it.zona.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import it.zona.support.ApiClient;
import it.zona.support.Fixtures;
import it.zona.support.Fixtures.TestDistrict;
import java.util.ArrayList;
import java.util.List;

/**
 * A District whose catalogue the check weighs, written through the API by its editor: two member
 * municipalities, an office with its hours, and services whose criteria cover every kind of answer,
 * one of them not described.
 *
 * @param lead the ISTAT code of the lead municipality, {@code other} of the second member
 */
record CheckedDistrict(
        TestDistrict district,
        String lead,
        String other,
        long office,
        long homeCare,
        long careAllowance,
        long nursery,
        long rent,
        long minimumIncome,
        long undescribed) {

    /** Home care: resident, 65 or more or a grave disability, and the social worker's assessment. */
    static final String HOME_CARE = """
            {"criteria": {"kind": "group", "combinator": "ALL_OF", "items": [
               {"kind": "residence", "municipalities": []},
               {"kind": "group", "combinator": "ANY_OF", "items": [
                  {"kind": "ageRange", "min": 65},
                  {"kind": "disabilityRecognised", "level": "ART3_C3"}]},
               {"kind": "assessment", "note": "Il bisogno di assistenza lo valuta l’assistente sociale a domicilio."}]},
             "version": 0}""";

    static final String CARE_ALLOWANCE = """
            {"criteria": {"kind": "group", "combinator": "ALL_OF", "items": [
               {"kind": "iseeAtMost", "type": "SOCIO_HEALTH", "threshold": 30000.00},
               {"kind": "nonSelfSufficiency"},
               {"kind": "invalidityAtLeast", "percent": 100}]},
             "bands": {"kind": "AMOUNT", "type": "SOCIO_HEALTH", "items": [
               {"iseeUpTo": 15000.00, "value": 600.00}, {"iseeUpTo": null, "value": 300.00}]},
             "version": 0}""";

    static final String NURSERY = """
            {"criteria": {"kind": "group", "combinator": "ALL_OF", "items": [
               {"kind": "iseeAtMost", "type": "MINORS", "threshold": 40000.00},
               {"kind": "household", "minMinors": 1}]},
             "bands": {"kind": "CONTRIBUTION", "type": "MINORS", "items": [
               {"iseeUpTo": 20000.00, "value": 0.00}, {"iseeUpTo": null, "value": 150.00}]},
             "version": 0}""";

    static final String MINIMUM_INCOME = """
            {"criteria": {"kind": "group", "combinator": "ALL_OF", "items": [
               {"kind": "iseeAtMost", "type": "ORDINARY", "threshold": 9360.00},
               {"kind": "residencePermit"},
               {"kind": "employmentStatus", "accepted": ["UNEMPLOYED", "OTHER"]}]},
             "version": 0}""";

    static CheckedDistrict create(Fixtures fixtures) throws Exception {
        TestDistrict district = fixtures.district();
        String other = fixtures.addMunicipality(district);
        ApiClient editor = fixtures.api(district.editor());
        List<String> members = new ArrayList<>();
        editor.read(editor.get("/api/v1/districts/{slug}", district.slug()))
                .get("municipalities")
                .forEach(m -> members.add(m.get("istatCode").asString()));
        String lead =
                members.stream().filter(code -> !code.equals(other)).findFirst().orElseThrow();
        long office = editor.read(editor.post("/api/v1/districts/{slug}/offices", """
                                {"name": "Sportello sociale", "address": "Via Roma 1", "phone": "0836 000000",
                                 "hours": [{"day": "MONDAY", "opens": "09:00", "closes": "12:00"}]}""", district.slug())
                        .andExpect(status().isCreated()))
                .get("id")
                .asLong();
        long homeCare = service(editor, district, "Assistenza domiciliare", "SERVICE", office, HOME_CARE);
        long careAllowance = service(editor, district, "Assegno di cura", "VOUCHER", office, CARE_ALLOWANCE);
        long nursery = service(editor, district, "Buono nido", "VOUCHER", office, NURSERY);
        long rent = service(editor, district, "Contributo affitto", "VOUCHER", office, """
                {"criteria": {"kind": "group", "combinator": "ALL_OF", "items": [
                   {"kind": "residence", "municipalities": ["%s"]},
                   {"kind": "iseeAtMost", "type": "ORDINARY", "threshold": 15000.00}]},
                 "version": 0}""".formatted(other));
        long minimumIncome = service(editor, district, "Reddito minimo", "VOUCHER", office, MINIMUM_INCOME);
        long undescribed = service(editor, district, "Segretariato sociale", "SERVICE", office, null);
        return new CheckedDistrict(
                district, lead, other, office, homeCare, careAllowance, nursery, rent, minimumIncome, undescribed);
    }

    private static long service(
            ApiClient editor, TestDistrict district, String title, String kind, long office, String criteria)
            throws Exception {
        long id = editor.read(editor.post(
                                "/api/v1/districts/{slug}/services",
                                """
                                {"kind": "%s", "category": "HEALTH_WELFARE_CARE", "title": "%s", "status": "ACTIVE",
                                 "summary": "Breve descrizione.", "audienceText": "Chi vive nell’Ambito.",
                                 "howTo": "Presenta la domanda allo sportello.", "outcome": "Un aiuto.",
                                 "documents": "- documento di identità\\n- attestazione ISEE",
                                 "audiences": ["EVERYONE"], "allMunicipalities": true, "officeIds": [%d]}""".formatted(kind, title, office),
                                district.slug())
                        .andExpect(status().isCreated()))
                .get("id")
                .asLong();
        if (criteria != null) {
            int answered = editor.put("/api/v1/services/{id}/criteria", criteria, id)
                    .andReturn()
                    .getResponse()
                    .getStatus();
            assertThat(answered).as("criteria of " + title).isEqualTo(200);
        }
        return id;
    }
}
