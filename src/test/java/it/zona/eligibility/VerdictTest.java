package it.zona.eligibility;

import static it.zona.eligibility.Verdict.ASSESSED;
import static it.zona.eligibility.Verdict.MET;
import static it.zona.eligibility.Verdict.NOT_MET;
import static it.zona.eligibility.Verdict.UNKNOWN;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class VerdictTest {

    @Test
    void allOfFailsOnAnyFailureThenStaysOpenOnAMissingAnswerThenAsksTheSocialWorker() {
        assertThat(Verdict.allOf(List.of(MET, UNKNOWN, NOT_MET, ASSESSED))).isEqualTo(NOT_MET);
        assertThat(Verdict.allOf(List.of(MET, ASSESSED, UNKNOWN))).isEqualTo(UNKNOWN);
        assertThat(Verdict.allOf(List.of(MET, ASSESSED))).isEqualTo(ASSESSED);
        assertThat(Verdict.allOf(List.of(MET, MET))).isEqualTo(MET);
        assertThat(Verdict.allOf(List.of()))
                .as("nothing asked, nothing missing")
                .isEqualTo(MET);
    }

    @Test
    void anyOfPassesOnAnyPassThenStaysOpenOnAMissingAnswerThenAsksTheSocialWorker() {
        assertThat(Verdict.anyOf(List.of(NOT_MET, UNKNOWN, MET, ASSESSED))).isEqualTo(MET);
        assertThat(Verdict.anyOf(List.of(NOT_MET, ASSESSED, UNKNOWN))).isEqualTo(UNKNOWN);
        assertThat(Verdict.anyOf(List.of(NOT_MET, ASSESSED))).isEqualTo(ASSESSED);
        assertThat(Verdict.anyOf(List.of(NOT_MET, NOT_MET))).isEqualTo(NOT_MET);
        assertThat(Verdict.anyOf(List.of())).as("no way in").isEqualTo(NOT_MET);
    }

    @Test
    void theCombinatorsPickTheirRule() {
        assertThat(Combinator.ALL_OF.combine(List.of(MET, NOT_MET))).isEqualTo(NOT_MET);
        assertThat(Combinator.ANY_OF.combine(List.of(MET, NOT_MET))).isEqualTo(MET);
    }
}
