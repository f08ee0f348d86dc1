package it.zona.eligibility;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/** A person's employment status, as services that ask for one distinguish it. */
public enum Employment {
    EMPLOYED,
    UNEMPLOYED,
    RETIRED,
    STUDENT,
    OTHER;

    /** Its name in the reader's language, as an argument of another message. */
    MessageSourceResolvable label() {
        return new DefaultMessageSourceResolvable("employment." + name());
    }
}
