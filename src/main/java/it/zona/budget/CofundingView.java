package it.zona.budget;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** A plan's co-funding rule with the shares it gives each year. */
public record CofundingView(
        long planId,
        CofundingMethod method,
        BigDecimal perCapitaQuota,
        Map<String, BigDecimal> weights,
        List<MunicipalShares> years,
        long version) {

    public CofundingForm toForm() {
        return new CofundingForm(method, perCapitaQuota, weights, version);
    }
}
