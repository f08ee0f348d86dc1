package it.zona.exports;

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
import java.util.HashMap;
import java.util.Map;

/**
 * A plan's mapping to the national classifications: the survey area of each policy area, the
 * national category of each funding source, the spending type of each intervention. What is not in
 * a map is unmapped.
 */
@Entity
@Table(name = "export_mapping")
class ExportMapping {

    @Id
    private Long planId;

    @ElementCollection
    @CollectionTable(name = "export_area_mapping", joinColumns = @JoinColumn(name = "plan_id"))
    @MapKeyColumn(name = "area_id")
    @Column(name = "survey_area")
    @Enumerated(EnumType.STRING)
    private Map<Long, SurveyArea> areas = new HashMap<>();

    @ElementCollection
    @CollectionTable(name = "export_source_mapping", joinColumns = @JoinColumn(name = "plan_id"))
    @MapKeyColumn(name = "funding_source_id")
    @Column(name = "category")
    @Enumerated(EnumType.STRING)
    private Map<Long, NationalCategory> sources = new HashMap<>();

    @ElementCollection
    @CollectionTable(name = "export_intervention_mapping", joinColumns = @JoinColumn(name = "plan_id"))
    @MapKeyColumn(name = "intervention_id")
    @Column(name = "spending_type")
    @Enumerated(EnumType.STRING)
    private Map<Long, SpendingType> interventions = new HashMap<>();

    @Version
    private long version;

    protected ExportMapping() {}

    ExportMapping(long planId) {
        this.planId = planId;
    }

    /** Replaces the whole mapping with the choices given (null values left out: unmapped). */
    void replace(
            Map<Long, SurveyArea> areas, Map<Long, NationalCategory> sources, Map<Long, SpendingType> interventions) {
        // A map left as it was is not touched: sending back the same mapping changes no version.
        replace(this.areas, areas);
        replace(this.sources, sources);
        replace(this.interventions, interventions);
    }

    private static <V> void replace(Map<Long, V> current, Map<Long, V> wanted) {
        if (!current.equals(wanted)) {
            current.keySet().retainAll(wanted.keySet());
            current.putAll(wanted);
        }
    }

    Map<Long, SurveyArea> areas() {
        return Map.copyOf(areas);
    }

    Map<Long, NationalCategory> sources() {
        return Map.copyOf(sources);
    }

    Map<Long, SpendingType> interventions() {
        return Map.copyOf(interventions);
    }

    long version() {
        return version;
    }
}
