package it.zona.budget;

import it.zona.shared.PlainText;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A place the plan's services use: a day centre, a help desk, a shelter. */
@Entity
@Table(name = "facility")
class Facility {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long planId;
    private String name;
    private String kind;
    private String address;

    @Column(name = "istat_code")
    private String municipality;

    private Long organizationId;
    private Long interventionId;
    private Integer capacity;
    private String note;

    @Version
    private long version;

    protected Facility() {}

    Facility(long planId) {
        this.planId = planId;
    }

    void apply(FacilityForm form) {
        this.name = form.name().strip();
        this.kind = PlainText.blankToNull(form.kind());
        this.address = PlainText.blankToNull(form.address());
        this.municipality = PlainText.blankToNull(form.municipality());
        this.organizationId = form.organizationId();
        this.interventionId = form.interventionId();
        this.capacity = form.capacity();
        this.note = PlainText.blankToNull(form.note());
    }

    Long id() {
        return id;
    }

    long planId() {
        return planId;
    }

    String name() {
        return name;
    }

    String kind() {
        return kind;
    }

    String address() {
        return address;
    }

    String municipality() {
        return municipality;
    }

    Long organizationId() {
        return organizationId;
    }

    Long interventionId() {
        return interventionId;
    }

    Integer capacity() {
        return capacity;
    }

    String note() {
        return note;
    }

    long version() {
        return version;
    }
}
