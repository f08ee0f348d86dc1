package it.zona.eligibility;

import java.util.List;
import java.util.Optional;

/**
 * What the eligibility check says of a person and one service: whether they may be entitled to it,
 * why, criterion by criterion, and the amount or contribution where the service has ISEE bands.
 *
 * @param findings one per criterion, in the order of the service's criteria
 * @param band the service's ISEE band for the person; null if the service has no bands
 */
record Eligibility(Verdict verdict, List<Finding> findings, BandFinding band) {

    Eligibility {
        findings = List.copyOf(findings);
    }

    /** The findings of one verdict: the criteria not met, say, or the answers still missing. */
    List<Finding> findings(Verdict verdict) {
        return findings.stream().filter(f -> f.verdict() == verdict).toList();
    }

    Optional<Bands.Band> applyingBand() {
        return band == null ? Optional.empty() : band.applying();
    }
}
