package it.zona.budget;

import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.Map;

/**
 * How to share the municipal co-funding: a quota per inhabitant for {@code PER_CAPITA}, a
 * percentage per member municipality (ISTAT code → percent, adding up to 100) for {@code AGREED}.
 */
public record CofundingForm(
        @NotNull CofundingMethod method, BigDecimal perCapitaQuota, Map<String, BigDecimal> weights, Long version) {

    public Map<String, BigDecimal> weights() {
        return weights == null ? Map.of() : weights;
    }
}
