package it.zona.programme;

import it.zona.shared.RuleViolationException;
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
import java.util.Set;
import java.util.TreeSet;

/** A service, project, voucher or system action of the plan, pursuing one objective over some years. */
@Entity
@Table(name = "intervention")
class Intervention {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long planId;
    private Long objectiveId;
    private Long targetGroupId;
    private String title;
    private String description;

    @Enumerated(EnumType.STRING)
    private InterventionType type;

    private String serviceCode;
    private int firstYear;
    private int lastYear;
    private Long leadOrganizationId;
    private boolean allMunicipalities;
    private String outputs;

    @Enumerated(EnumType.STRING)
    private InterventionStatus status;

    @ElementCollection
    @CollectionTable(name = "intervention_partner", joinColumns = @JoinColumn(name = "intervention_id"))
    @Column(name = "organization_id")
    private Set<Long> partnerIds = new TreeSet<>();

    @ElementCollection
    @CollectionTable(name = "intervention_municipality", joinColumns = @JoinColumn(name = "intervention_id"))
    @Column(name = "istat_code")
    private Set<String> municipalities = new TreeSet<>();

    @Version
    private long version;

    protected Intervention() {}

    Intervention(long planId) {
        this.planId = planId;
    }

    /**
     * Takes the form's values if they fit the intervention's scope: years in order and within the
     * plan's, a lead that is not also a partner, and, unless it acts in all of them, one or more of
     * the District's municipalities. That the references exist (objective, target group,
     * organisations) the registry checks, with the repositories.
     */
    void apply(InterventionForm form, InterventionScope scope) {
        requireFits(form, scope);
        this.objectiveId = form.objectiveId();
        this.targetGroupId = form.targetGroupId();
        this.title = form.title().strip();
        this.description = Text.orNull(form.description());
        this.type = form.type();
        this.serviceCode = Text.orNull(form.serviceCode());
        this.firstYear = form.firstYear();
        this.lastYear = form.lastYear();
        this.leadOrganizationId = form.leadOrganizationId();
        this.allMunicipalities = form.allMunicipalities();
        this.outputs = Text.orNull(form.outputs());
        this.status = form.status();
        this.partnerIds.clear();
        this.partnerIds.addAll(form.partnerIds());
        this.municipalities.clear();
        if (!allMunicipalities) {
            this.municipalities.addAll(form.municipalities());
        }
    }

    private static void requireFits(InterventionForm form, InterventionScope scope) {
        if (form.lastYear() < form.firstYear()) {
            throw RuleViolationException.invalid("lastYear", "error.intervention.yearsReversed");
        }
        if (!scope.covers(form.firstYear()) || !scope.covers(form.lastYear())) {
            throw RuleViolationException.invalid(
                    "firstYear",
                    "error.intervention.yearsOutside",
                    String.valueOf(scope.firstYear()),
                    String.valueOf(scope.lastYear()));
        }
        if (form.leadOrganizationId() != null && form.partnerIds().contains(form.leadOrganizationId())) {
            throw RuleViolationException.invalid("partnerIds", "error.intervention.leadIsPartner");
        }
        if (form.allMunicipalities()) {
            return;
        }
        if (form.municipalities().isEmpty()) {
            throw RuleViolationException.invalid("municipalities", "error.intervention.noMunicipality");
        }
        for (String code : form.municipalities()) {
            if (!scope.municipalities().contains(code)) {
                throw RuleViolationException.invalid(
                        "municipalities", "error.intervention.municipalityOutside", code, scope.districtName());
            }
        }
    }

    boolean runsIn(int year) {
        return year >= firstYear && year <= lastYear;
    }

    Long id() {
        return id;
    }

    long planId() {
        return planId;
    }

    long objectiveId() {
        return objectiveId;
    }

    Long targetGroupId() {
        return targetGroupId;
    }

    String title() {
        return title;
    }

    String description() {
        return description;
    }

    InterventionType type() {
        return type;
    }

    String serviceCode() {
        return serviceCode;
    }

    int firstYear() {
        return firstYear;
    }

    int lastYear() {
        return lastYear;
    }

    Long leadOrganizationId() {
        return leadOrganizationId;
    }

    boolean allMunicipalities() {
        return allMunicipalities;
    }

    String outputs() {
        return outputs;
    }

    InterventionStatus status() {
        return status;
    }

    Set<Long> partnerIds() {
        return Set.copyOf(partnerIds);
    }

    Set<String> municipalities() {
        return Set.copyOf(municipalities);
    }

    long version() {
        return version;
    }
}
