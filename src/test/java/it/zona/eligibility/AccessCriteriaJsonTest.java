package it.zona.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Criteria and bands are stored as JSON: what is written reads back the same. */
class AccessCriteriaJsonTest {

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void everyKindOfCriterionReadsBackAsWritten() {
        AccessCriteria criteria = Group.allOf(
                new AgeRange(18, null),
                new Residence(List.of("075062", "075039")),
                new IseeAtMost(IseeType.SOCIO_HEALTH, new BigDecimal("15000.50")),
                new Household(3, 1),
                new DisabilityRecognised(Disability.ART3_C3),
                new InvalidityAtLeast(74),
                Group.anyOf(
                        new NonSelfSufficiency(),
                        new EmploymentStatus(List.of(Employment.UNEMPLOYED, Employment.STUDENT)),
                        Group.allOf(new ResidencePermit(), new Assessment("Valutazione del servizio sociale"))));

        String written = json.writeValueAsString(criteria);

        assertThat(json.readValue(written, AccessCriteria.class)).isEqualTo(criteria);
        JsonNode tree = json.readTree(written);
        assertThat(tree.get("kind").asString()).isEqualTo("group");
        assertThat(tree.get("combinator").asString()).isEqualTo("ALL_OF");
        assertThat(tree.get("items").get(6).get("items").get(0).get("kind").asString())
                .isEqualTo("nonSelfSufficiency");
    }

    @Test
    void aCriterionIsReadFromTheJsonAnOfficeOrAnApiWrites() {
        String written = """
                {"kind": "group", "combinator": "ANY_OF", "items": [
                  {"kind": "ageRange", "min": 65},
                  {"kind": "iseeAtMost", "type": "ORDINARY", "threshold": 9360.00},
                  {"kind": "residencePermit"}
                ]}
                """;

        assertThat(json.readValue(written, AccessCriteria.class))
                .isEqualTo(Group.anyOf(
                        new AgeRange(65, null),
                        new IseeAtMost(IseeType.ORDINARY, new BigDecimal("9360.00")),
                        new ResidencePermit()));
    }

    @Test
    void bandsReadBackAsWritten() {
        Bands bands = new Bands(
                BandKind.CONTRIBUTION,
                IseeType.ORDINARY,
                List.of(
                        new Bands.Band(new BigDecimal("8000.00"), new BigDecimal("0.00")),
                        new Bands.Band(null, new BigDecimal("120.50"))));

        assertThat(json.readValue(json.writeValueAsString(bands), Bands.class)).isEqualTo(bands);
    }
}
