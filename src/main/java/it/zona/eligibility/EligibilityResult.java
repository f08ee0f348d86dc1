package it.zona.eligibility;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.util.List;

/**
 * What the eligibility check answers: for each service of the District whose criteria are
 * described, whether the person may be entitled to it and why, criterion by criterion; the services
 * not described yet, which the check cannot weigh. An orientation, not a decision ({@code notice}
 * says so in the reader's language).
 */
@Schema(name = "EligibilityResult")
record EligibilityResult(
        String districtSlug, String notice, List<ServiceEligibility> services, List<UndescribedService> undescribed) {

    /** Never the reasons, which repeat the answers: whatever logs this object learns nothing. */
    @Override
    public String toString() {
        return "EligibilityResult[" + services.size() + " services]";
    }

    /**
     * One service.
     *
     * @param unanswered the questions whose answers would settle what is still unknown
     */
    @Schema(name = "ServiceEligibility")
    record ServiceEligibility(
            long serviceId,
            String title,
            Verdict verdict,
            List<EligibilityFinding> findings,
            EligibilityBand band,
            List<Question> unanswered) {

        @Override
        public String toString() {
            return "ServiceEligibility[" + serviceId + "]";
        }
    }

    /**
     * One criterion of a service and what the answers say of it.
     *
     * @param path its place in the service's criteria ({@code criteria.items[1]})
     * @param criterion its kind, as the criteria's JSON names it
     * @param reason why, in the reader's language
     */
    @Schema(name = "EligibilityFinding")
    record EligibilityFinding(String path, String criterion, Verdict verdict, String messageKey, String reason) {

        @Override
        public String toString() {
            return "EligibilityFinding[" + path + "]";
        }
    }

    /**
     * The ISEE band of a titolo sociale that applies, or why none does.
     *
     * @param value the amount or the contribution of the band that applies; null if none does
     * @param iseeUpTo that band's upper limit; null for a band open above or if none applies
     */
    @Schema(name = "EligibilityBand")
    record EligibilityBand(
            BandKind kind,
            IseeType iseeType,
            Verdict verdict,
            BigDecimal value,
            BigDecimal iseeUpTo,
            String messageKey,
            String reason) {

        @Override
        public String toString() {
            return "EligibilityBand[" + kind + "]";
        }
    }

    /** A service of the District whose criteria the office has not described yet. */
    @Schema(name = "UndescribedService")
    record UndescribedService(long serviceId, String title) {}
}
