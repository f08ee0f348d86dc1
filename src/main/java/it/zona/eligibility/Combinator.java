package it.zona.eligibility;

import java.util.List;

/** How a group combines its criteria: all of them must hold, or any one of them. */
public enum Combinator {
    ALL_OF,
    ANY_OF;

    Verdict combine(List<Verdict> verdicts) {
        return this == ALL_OF ? Verdict.allOf(verdicts) : Verdict.anyOf(verdicts);
    }
}
