package it.zona.eligibility;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * What one criterion says of the answers: its verdict and why, as a message key with its
 * arguments, so that the page says it in the citizen's language. Money arguments are {@link
 * java.math.BigDecimal}s the message formats with two decimals; enum values are message
 * resolvables, which Spring's message source resolves in the same language.
 */
record Judgement(Verdict verdict, String messageKey, List<Object> arguments) {

    Judgement {
        arguments = Collections.unmodifiableList(Arrays.asList(arguments.toArray()));
    }

    static Judgement met(String messageKey, Object... arguments) {
        return new Judgement(Verdict.MET, messageKey, Arrays.asList(arguments));
    }

    static Judgement notMet(String messageKey, Object... arguments) {
        return new Judgement(Verdict.NOT_MET, messageKey, Arrays.asList(arguments));
    }

    static Judgement unknown(String messageKey, Object... arguments) {
        return new Judgement(Verdict.UNKNOWN, messageKey, Arrays.asList(arguments));
    }

    static Judgement assessed(String messageKey, Object... arguments) {
        return new Judgement(Verdict.ASSESSED, messageKey, Arrays.asList(arguments));
    }
}
