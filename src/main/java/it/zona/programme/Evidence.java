package it.zona.programme;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/** A figure that shows a need, with where it comes from: "Anziani soli: 1.240 (Istat, 2023)". */
@Embeddable
public record Evidence(
        @Column(name = "indicator") String indicator,
        @Column(name = "figure") BigDecimal figure,
        @Column(name = "unit") String unit,
        @Column(name = "source") String source,
        @Column(name = "reference_year") int year) {}
