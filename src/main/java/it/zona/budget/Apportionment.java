package it.zona.budget;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Splits an amount in proportion to weights so that the parts, in whole cents, add up exactly to
 * the amount (largest remainder method): each part gets its proportional share rounded down, and
 * the cents left over go one each to the parts that lost most in the rounding. Ties go to the
 * larger weight, then to the earlier key, so the split is the same every time.
 */
final class Apportionment {

    private Apportionment() {}

    static <K> Map<K, BigDecimal> split(BigDecimal total, Map<K, BigDecimal> weights) {
        long cents =
                total.movePointRight(2).setScale(0, RoundingMode.UNNECESSARY).longValueExact();
        BigDecimal sum = weights.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        Map<K, Long> parts = new LinkedHashMap<>();
        if (sum.signum() == 0) {
            if (cents != 0) {
                throw new IllegalArgumentException("No weights to split " + total + " by");
            }
            weights.keySet().forEach(k -> parts.put(k, 0L));
            return toEuros(parts);
        }
        record Share<K>(K key, BigDecimal weight, int order, BigDecimal remainder) {}
        List<Share<K>> shares = new ArrayList<>();
        long given = 0;
        int order = 0;
        for (Map.Entry<K, BigDecimal> entry : weights.entrySet()) {
            BigDecimal exact =
                    BigDecimal.valueOf(cents).multiply(entry.getValue()).divide(sum, 12, RoundingMode.DOWN);
            long floor = exact.setScale(0, RoundingMode.DOWN).longValueExact();
            parts.put(entry.getKey(), floor);
            given += floor;
            shares.add(
                    new Share<>(entry.getKey(), entry.getValue(), order++, exact.subtract(BigDecimal.valueOf(floor))));
        }
        shares.sort(Comparator.comparing((Share<K> s) -> s.remainder())
                .reversed()
                .thenComparing(Share::weight, Comparator.reverseOrder())
                .thenComparingInt(Share::order));
        for (int i = 0; given < cents; i++, given++) {
            K key = shares.get(i % shares.size()).key();
            parts.put(key, parts.get(key) + 1);
        }
        return toEuros(parts);
    }

    private static <K> Map<K, BigDecimal> toEuros(Map<K, Long> cents) {
        Map<K, BigDecimal> euros = new LinkedHashMap<>();
        cents.forEach((k, c) -> euros.put(k, BigDecimal.valueOf(c, 2)));
        return euros;
    }
}
