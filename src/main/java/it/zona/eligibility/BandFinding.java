package it.zona.eligibility;

import java.util.List;
import java.util.Optional;

/**
 * Which ISEE band of a titolo sociale applies to the person, and why; or why none does. MET when a
 * band applies, UNKNOWN when the ISEE or its kind was not given, NOT_MET when the ISEE is of another
 * kind or above every band.
 *
 * @param band the band that applies, null if none does
 */
record BandFinding(BandKind kind, Bands.Band band, Verdict verdict, String messageKey, List<Object> arguments) {

    BandFinding(BandKind kind, Bands.Band band, Judgement judgement) {
        this(kind, band, judgement.verdict(), judgement.messageKey(), judgement.arguments());
    }

    Optional<Bands.Band> applying() {
        return Optional.ofNullable(band);
    }
}
