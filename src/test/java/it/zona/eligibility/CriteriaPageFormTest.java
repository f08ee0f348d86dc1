package it.zona.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import it.zona.eligibility.CriteriaPageForm.BandRow;
import it.zona.eligibility.CriteriaPageForm.Row;
import it.zona.shared.RuleViolationException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The office's criteria form and the criteria it stands for: rows become a tree with one group of
 * alternatives and come back as the same rows, and a refusal of the tree is said of the row and
 * field the office typed it in.
 */
class CriteriaPageFormTest {

    private static final Set<String> DISTRICT = Set.of("075061", "075005");

    private static Row row(CriterionKind kind, boolean alternative) {
        return new Row(kind, alternative, null, null, null, null, null, null, null, null, null, null, null);
    }

    private static Row age(Integer min, Integer max, boolean alternative) {
        return new Row(CriterionKind.AGE, alternative, min, max, null, null, null, null, null, null, null, null, null);
    }

    private static Row isee(String threshold) {
        return new Row(
                CriterionKind.ISEE,
                false,
                30,
                null,
                null,
                IseeType.ORDINARY,
                threshold == null ? null : new BigDecimal(threshold),
                null,
                null,
                null,
                null,
                null,
                null);
    }

    private static Row disability(boolean alternative) {
        return new Row(
                CriterionKind.DISABILITY,
                alternative,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                Disability.ART3_C3,
                null,
                null,
                null);
    }

    private static CriteriaPageForm form(List<Row> rows, List<BandRow> bands, BandKind kind, IseeType type) {
        List<Row> all = new ArrayList<>(rows);
        all.add(Row.empty());
        return new CriteriaPageForm(Combinator.ALL_OF, all, kind, type, bands, 3L);
    }

    /** What the form sends, validated as the registry would. */
    private static AccessCriteria[] sent(CriteriaPageForm form) {
        AccessCriteria[] sent = new AccessCriteria[1];
        form.send((criteria, bands) -> {
            CriteriaValidation.validate(criteria, bands, DISTRICT);
            sent[0] = criteria;
            return null;
        });
        return sent;
    }

    private static void refusedAt(CriteriaPageForm form, String field, String key) {
        assertThatThrownBy(() -> sent(form)).isInstanceOfSatisfying(RuleViolationException.class, refused -> {
            assertThat(refused.field()).isEqualTo(field);
            assertThat(refused.messageKey()).isEqualTo(key);
        });
    }

    @Test
    void rowsMarkedAsAlternativesAreOneAnyOfGroupWhereTheFirstOfThemIsAndOtherKindsFieldsAreIgnored() {
        CriteriaPageForm form = form(
                List.of(
                        row(null, false),
                        isee("15000.00"),
                        age(65, null, true),
                        row(CriterionKind.NON_SELF_SUFFICIENCY, false),
                        disability(true)),
                List.of(),
                null,
                null);

        assertThat(sent(form)[0])
                .isEqualTo(Group.allOf(
                        new IseeAtMost(IseeType.ORDINARY, new BigDecimal("15000")),
                        Group.anyOf(new AgeRange(65, null), new DisabilityRecognised(Disability.ART3_C3)),
                        new NonSelfSufficiency()));
        assertThat(sent(form(List.of(), List.of(), null, null))[0])
                .as("no criterion: open to everybody")
                .isNull();
    }

    @Test
    void writtenCriteriaComeBackAsTheRowsThatWroteThemWithRowsToSpare() {
        AccessCriteria criteria = Group.allOf(
                new IseeAtMost(IseeType.ORDINARY, new BigDecimal("15000")),
                Group.anyOf(new AgeRange(65, null), new DisabilityRecognised(Disability.ART3_C3)),
                new Residence(List.of("075005")));
        Bands bands = new Bands(
                BandKind.CONTRIBUTION,
                IseeType.ORDINARY,
                List.of(
                        new Bands.Band(new BigDecimal("8000.00"), new BigDecimal("0.00")),
                        new Bands.Band(null, new BigDecimal("3.50"))));
        CriteriaPageForm.Shown shown =
                CriteriaPageForm.of(new ServiceCriteriaView(1, "poggiardo", true, criteria, bands, null, 4));

        assertThat(shown.complete()).isTrue();
        CriteriaPageForm form = shown.form();
        assertThat(form.rows()).hasSize(CriteriaPageForm.ROWS);
        assertThat(form.rows().subList(0, 4))
                .extracting(Row::kind, Row::alternative)
                .containsExactly(
                        tuple(CriterionKind.ISEE, false),
                        tuple(CriterionKind.AGE, true),
                        tuple(CriterionKind.DISABILITY, true),
                        tuple(CriterionKind.RESIDENCE, false));
        assertThat(form.bands().get(1).value()).isEqualTo(new BigDecimal("3.5"));
        assertThat(form.version()).isEqualTo(4);
        AccessCriteria[] again = new AccessCriteria[1];
        Bands[] bandsAgain = new Bands[1];
        form.send((c, b) -> {
            again[0] = c;
            bandsAgain[0] = b;
            return null;
        });
        assertThat(again[0]).isEqualTo(criteria);
        assertThat(bandsAgain[0].items()).hasSize(2);
        assertThat(bandsAgain[0].items().get(0).iseeUpTo()).isEqualByComparingTo("8000");
    }

    @Test
    void criteriaDeeperThanTheFormCanShowLeaveItEmptyAndSaySo() {
        AccessCriteria deep = Group.anyOf(
                Group.allOf(new AgeRange(65, null), Group.anyOf(new NonSelfSufficiency(), new ResidencePermit())));
        CriteriaPageForm.Shown shown =
                CriteriaPageForm.of(new ServiceCriteriaView(1, "poggiardo", true, deep, null, null, 2));

        assertThat(shown.complete()).isFalse();
        assertThat(shown.form().rows()).allMatch(row -> row.kind() == null).hasSize(CriteriaPageForm.ROWS);
        assertThat(shown.form().version()).isEqualTo(2);
    }

    @Test
    void aRefusalIsSaidOfTheRowAndFieldItComesFrom() {
        refusedAt(
                form(List.of(row(null, false), age(70, 60, false)), List.of(), null, null),
                "rows[1].ageMax",
                "error.eligibility.ageMinAboveMax");
        refusedAt(
                form(List.of(isee("1"), age(null, null, true), disability(true)), List.of(), null, null),
                "rows[1].ageMin",
                "error.eligibility.ageRangeEmpty");
        refusedAt(
                form(List.of(isee(null)), List.of(), null, null),
                "rows[0].iseeThreshold",
                "error.eligibility.amountRequired");
        refusedAt(
                form(List.of(isee("1"), age(65, null, true)), List.of(), null, null),
                "rows[1].alternative",
                "error.eligibility.oneAlternative");
        refusedAt(
                form(List.of(row(CriterionKind.INVALIDITY, false)), List.of(), null, null),
                "rows[0].invalidityPercent",
                "error.eligibility.percentOutOfRange");
        refusedAt(
                form(
                        List.of(new Row(
                                CriterionKind.RESIDENCE,
                                false,
                                null,
                                null,
                                List.of("075061", "001272"),
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null)),
                        List.of(),
                        null,
                        null),
                "rows[0].municipalities",
                "error.eligibility.notMember");
        refusedAt(
                form(
                        List.of(),
                        List.of(
                                new BandRow(null, null),
                                new BandRow(new BigDecimal("9000"), new BigDecimal("10")),
                                new BandRow(new BigDecimal("8000"), new BigDecimal("5"))),
                        BandKind.AMOUNT,
                        IseeType.ORDINARY),
                "bands[2].iseeUpTo",
                "error.eligibility.bandsNotAscending");
        refusedAt(
                form(List.of(), List.of(new BandRow(null, new BigDecimal("10"))), null, IseeType.ORDINARY),
                "bandKind",
                "error.eligibility.bandKindRequired");
        refusedAt(
                form(List.of(), List.of(new BandRow(null, null)), BandKind.AMOUNT, IseeType.ORDINARY),
                "bands[0].value",
                "error.eligibility.bandsEmpty");
    }

    @Test
    void theQuestionsAreThoseTheCriteriaNeed() {
        assertThat(Group.allOf(
                                new Residence(List.of()),
                                Group.anyOf(new AgeRange(65, null), new DisabilityRecognised(Disability.ART3_C3)),
                                new Assessment("Nota"))
                        .questions())
                .containsExactlyInAnyOrder(Question.MUNICIPALITY, Question.AGE, Question.DISABILITY);
        assertThat(new Assessment("Nota").questions()).isEmpty();
    }
}
