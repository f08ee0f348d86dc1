package it.zona.eligibility;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * A disability recognised under L. 104/1992, art. 3: comma 1, or comma 3, the situation of
 * gravity. A service for comma 1 is open to comma 3 too, not the other way round.
 */
public enum Disability {
    NONE,
    ART3_C1,
    ART3_C3;

    /** Whether this recognition is enough where the given one is required. */
    boolean satisfies(Disability required) {
        return this != NONE && ordinal() >= required.ordinal();
    }

    /** Its name in the reader's language, as an argument of another message. */
    MessageSourceResolvable label() {
        return new DefaultMessageSourceResolvable("disability." + name());
    }
}
