package it.zona.budget;

import java.math.BigDecimal;
import java.util.List;

/**
 * The municipal co-funding of one year, municipality by municipality. {@code budgeted} is what the
 * plan's budget lines from the municipal source hold for the year; {@code shared} is the sum of the
 * shares, equal to it except with a per-capita quota, where {@code difference} tells the gap.
 */
public record MunicipalShares(
        int year,
        CofundingMethod method,
        BigDecimal budgeted,
        BigDecimal shared,
        BigDecimal difference,
        List<Share> shares) {

    public record Share(String istatCode, String name, Integer population, BigDecimal weight, BigDecimal amount) {}
}
