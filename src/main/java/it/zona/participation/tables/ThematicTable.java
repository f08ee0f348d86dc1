package it.zona.participation.tables;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.LinkedHashSet;
import java.util.Set;

/** A working table of a plan on one or more of its areas, with the municipal liaison who follows it. */
@Entity
@Table(name = "thematic_table")
class ThematicTable {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long planId;
    private Long districtId;
    private String name;

    @Enumerated(EnumType.STRING)
    private TableKind kind;

    private String description;
    private Long liaisonId;

    @ElementCollection
    @CollectionTable(name = "thematic_table_area", joinColumns = @JoinColumn(name = "table_id"))
    @Column(name = "area_id")
    private Set<Long> areaIds = new LinkedHashSet<>();

    @Version
    private long version;

    protected ThematicTable() {}

    ThematicTable(long planId, long districtId, TableForm form) {
        this.planId = planId;
        this.districtId = districtId;
        apply(form);
    }

    void apply(TableForm form) {
        this.name = form.name().strip();
        this.kind = form.kind();
        this.description = form.description() == null || form.description().isBlank()
                ? null
                : form.description().strip();
        this.liaisonId = form.liaisonId();
        this.areaIds.clear();
        this.areaIds.addAll(form.areaIds());
    }

    Long id() {
        return id;
    }

    long planId() {
        return planId;
    }

    long districtId() {
        return districtId;
    }

    String name() {
        return name;
    }

    TableKind kind() {
        return kind;
    }

    String description() {
        return description;
    }

    Long liaisonId() {
        return liaisonId;
    }

    Set<Long> areaIds() {
        return areaIds;
    }

    long version() {
        return version;
    }

    TableFacts facts() {
        return new TableFacts(id, planId, districtId, name, areaIds);
    }
}
