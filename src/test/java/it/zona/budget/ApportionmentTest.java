package it.zona.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ApportionmentTest {

    private static Map<String, BigDecimal> weights(long... values) {
        Map<String, BigDecimal> weights = new LinkedHashMap<>();
        for (int i = 0; i < values.length; i++) {
            weights.put("m" + i, BigDecimal.valueOf(values[i]));
        }
        return weights;
    }

    private static BigDecimal sum(Map<String, BigDecimal> parts) {
        return parts.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    @Test
    void aThirdOfAHundredEurosGivesTheLeftOverCentToOneMunicipality() {
        Map<String, BigDecimal> parts = Apportionment.split(new BigDecimal("100.00"), weights(1, 1, 1));
        assertThat(parts.values())
                .containsExactly(new BigDecimal("33.34"), new BigDecimal("33.33"), new BigDecimal("33.33"));
    }

    @ParameterizedTest
    @CsvSource({"100000.01", "0.01", "0.02", "123456789.99", "7.00", "0.00"})
    void thePartsAlwaysAddUpExactlyToTheTotal(String total) {
        Map<String, BigDecimal> parts =
                Apportionment.split(new BigDecimal(total), weights(5838, 2910, 833, 1102, 7, 13000, 4401));
        assertThat(sum(parts)).isEqualByComparingTo(total);
        parts.values().forEach(part -> assertThat(part.scale()).isEqualTo(2));
    }

    @Test
    void eachPartIsWithinACentOfItsExactShare() {
        BigDecimal total = new BigDecimal("98765.43");
        Map<String, BigDecimal> weights = weights(5838, 2910, 833, 1102, 13000);
        Map<String, BigDecimal> parts = Apportionment.split(total, weights);
        BigDecimal population = sum(weights);
        parts.forEach((key, part) -> {
            BigDecimal exact = total.multiply(weights.get(key)).divide(population, 10, java.math.RoundingMode.HALF_UP);
            assertThat(part.subtract(exact).abs()).isLessThan(new BigDecimal("0.01"));
        });
    }

    @Test
    void theLargerMunicipalityWinsATieForTheLastCent() {
        Map<String, BigDecimal> parts = Apportionment.split(new BigDecimal("0.01"), weights(1, 2, 1));
        assertThat(parts.get("m1")).isEqualByComparingTo("0.01");
        assertThat(parts.get("m0")).isEqualByComparingTo("0.00");
    }

    @Test
    void nothingCanBeSplitByWeightsThatAreAllZero() {
        assertThat(Apportionment.split(BigDecimal.ZERO, weights(0, 0))).containsValues(new BigDecimal("0.00"));
        assertThatThrownBy(() -> Apportionment.split(BigDecimal.ONE, weights(0, 0)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
