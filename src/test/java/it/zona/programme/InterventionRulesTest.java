package it.zona.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.zona.shared.RuleViolationException;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What an intervention may contain, decided by {@link Intervention} itself: no Spring, no database. */
class InterventionRulesTest {

    /** A plan 2024-2026 of a District of two municipalities. */
    private static final InterventionScope PLAN =
            new InterventionScope(2024, 2026, "Ambito di prova", Set.of("075001", "075002"));

    private static InterventionForm form(int firstYear, int lastYear, Long lead, List<Long> partners, List<String> in) {
        return new InterventionForm(
                1L,
                null,
                "Assistenza domiciliare",
                null,
                InterventionType.SERVICE,
                null,
                firstYear,
                lastYear,
                lead,
                partners,
                in.isEmpty(),
                in,
                null,
                null,
                null);
    }

    private static void refused(InterventionForm form, String field, String message) {
        assertThatThrownBy(() -> new Intervention(1).apply(form, PLAN))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining(message)
                .extracting(e -> ((RuleViolationException) e).field())
                .isEqualTo(field);
    }

    @Test
    void itsYearsAreInOrderAndWithinThePlans() {
        refused(form(2026, 2025, null, List.of(), List.of()), "lastYear", "error.intervention.yearsReversed");
        refused(form(2023, 2025, null, List.of(), List.of()), "firstYear", "error.intervention.yearsOutside");
        refused(form(2025, 2027, null, List.of(), List.of()), "firstYear", "error.intervention.yearsOutside");

        Intervention intervention = new Intervention(1);
        intervention.apply(form(2024, 2026, null, List.of(), List.of()), PLAN);
        assertThat(intervention.firstYear()).isEqualTo(2024);
        assertThat(intervention.lastYear()).isEqualTo(2026);
    }

    @Test
    void itActsInAllTheDistrictsMunicipalitiesOrInSomeOfThemAndNoOthers() {
        refused(
                form(2024, 2026, null, List.of(), List.of("075001", "058091")),
                "municipalities",
                "error.intervention.municipalityOutside");

        Intervention intervention = new Intervention(1);
        intervention.apply(form(2024, 2026, null, List.of(), List.of("075002")), PLAN);
        assertThat(intervention.municipalities()).containsExactly("075002");
        intervention.apply(form(2024, 2026, null, List.of(), List.of()), PLAN);
        assertThat(intervention.municipalities()).isEmpty();
    }

    @Test
    void itsLeadIsNotAlsoAPartner() {
        refused(form(2024, 2026, 7L, List.of(8L, 7L), List.of()), "partnerIds", "error.intervention.leadIsPartner");
    }
}
