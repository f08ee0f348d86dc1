package it.zona.budget;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;

/** How a plan's municipal co-funding is shared; a plan without one shares it by population. */
@Entity
@Table(name = "cofunding_rule")
class CofundingRule {

    @Id
    private Long planId;

    @Enumerated(EnumType.STRING)
    private CofundingMethod method;

    private BigDecimal perCapitaQuota;

    @ElementCollection
    @CollectionTable(name = "cofunding_weight", joinColumns = @JoinColumn(name = "plan_id"))
    @MapKeyColumn(name = "istat_code")
    @Column(name = "weight")
    private Map<String, BigDecimal> weights = new TreeMap<>();

    @Version
    private long version;

    protected CofundingRule() {}

    CofundingRule(long planId) {
        this.planId = planId;
        this.method = CofundingMethod.POPULATION;
    }

    void apply(CofundingMethod method, BigDecimal perCapitaQuota, Map<String, BigDecimal> weights) {
        this.method = method;
        this.perCapitaQuota = method == CofundingMethod.PER_CAPITA ? perCapitaQuota : null;
        this.weights.clear();
        if (method == CofundingMethod.AGREED) {
            this.weights.putAll(weights);
        }
    }

    long planId() {
        return planId;
    }

    CofundingMethod method() {
        return method;
    }

    BigDecimal perCapitaQuota() {
        return perCapitaQuota;
    }

    Map<String, BigDecimal> weights() {
        return Map.copyOf(weights);
    }

    long version() {
        return version;
    }
}
