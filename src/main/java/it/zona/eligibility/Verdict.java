package it.zona.eligibility;

import java.util.Collection;

/**
 * The outcome of a criterion, of a group of criteria or of a whole check. Three-valued and then
 * some: besides met and not met, a criterion is UNKNOWN when the answer it needs was not given
 * (never a pass), and ASSESSED when the social worker decides it.
 */
enum Verdict {
    MET,
    NOT_MET,
    UNKNOWN,
    ASSESSED;

    /**
     * Every one must hold: one failure decides; otherwise a missing answer keeps the outcome open,
     * before the social worker's assessment is even asked for.
     */
    static Verdict allOf(Collection<Verdict> verdicts) {
        return first(verdicts, NOT_MET, UNKNOWN, ASSESSED, MET);
    }

    /**
     * One is enough: one pass decides; otherwise a missing answer may still turn out a pass, and
     * an assessment may too.
     */
    static Verdict anyOf(Collection<Verdict> verdicts) {
        return first(verdicts, MET, UNKNOWN, ASSESSED, NOT_MET);
    }

    /** The first of the verdicts in order of precedence that is among the given; the last if none is. */
    private static Verdict first(Collection<Verdict> verdicts, Verdict... precedence) {
        for (int i = 0; i < precedence.length - 1; i++) {
            if (verdicts.contains(precedence[i])) {
                return precedence[i];
            }
        }
        return precedence[precedence.length - 1];
    }
}
