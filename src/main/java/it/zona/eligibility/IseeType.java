package it.zona.eligibility;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * The kind of ISEE (DPCM 159/2013): the ordinary one, the one for social and health services to
 * adults with disabilities or not self-sufficient, the one for services to minors. A threshold or a
 * band is set for one kind, and an ISEE of another kind does not count for it.
 */
public enum IseeType {
    ORDINARY,
    SOCIO_HEALTH,
    MINORS;

    /** Its name in the reader's language, as an argument of another message. */
    MessageSourceResolvable label() {
        return new DefaultMessageSourceResolvable("iseeType." + name());
    }
}
