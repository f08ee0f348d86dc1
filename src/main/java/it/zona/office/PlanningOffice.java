package it.zona.office;

import it.zona.shared.PlainText;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** The District's Ufficio di Piano: one per District, created the first time it is saved. */
@Entity
@Table(name = "planning_office")
class PlanningOffice {

    @Id
    private Long districtId;

    private String name;
    private String description;
    private String email;
    private String pec;
    private String phone;
    private Long headPersonId;

    @Version
    private long version;

    protected PlanningOffice() {}

    PlanningOffice(long districtId) {
        this.districtId = districtId;
    }

    void apply(PlanningOfficeForm form) {
        this.name = form.name().strip();
        this.description = PlainText.blankToNull(form.description());
        this.email = PlainText.blankToNull(form.email());
        this.pec = PlainText.blankToNull(form.pec());
        this.phone = PlainText.blankToNull(form.phone());
        this.headPersonId = form.headPersonId();
    }

    long version() {
        return version;
    }

    Long headPersonId() {
        return headPersonId;
    }

    PlanningOfficeView view(String headName) {
        return new PlanningOfficeView(name, description, email, pec, phone, headPersonId, headName, version);
    }
}
