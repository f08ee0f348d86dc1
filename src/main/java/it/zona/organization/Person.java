package it.zona.organization;

import it.zona.shared.PlainText;
import it.zona.shared.TaxCode;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

@Entity
@Table(name = "person")
class Person {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long districtId;
    private String givenName;
    private String familyName;
    private String taxCode;
    private String email;
    private String pec;
    private String phone;
    private Long organizationId;
    private String position;

    @Version
    private long version;

    protected Person() {}

    Person(long districtId, PersonForm form) {
        this.districtId = districtId;
        apply(form);
    }

    void apply(PersonForm form) {
        this.givenName = form.givenName().strip();
        this.familyName = form.familyName().strip();
        String code = PlainText.blankToNull(TaxCode.normalize(form.taxCode()));
        this.taxCode = code == null ? null : new TaxCode(code).value();
        this.email = PlainText.blankToNull(form.email());
        this.pec = PlainText.blankToNull(form.pec());
        this.phone = PlainText.blankToNull(form.phone());
        this.organizationId = form.organizationId();
        this.position = PlainText.blankToNull(form.position());
    }

    Long id() {
        return id;
    }

    long districtId() {
        return districtId;
    }

    String taxCode() {
        return taxCode;
    }

    long version() {
        return version;
    }

    String fullName() {
        return givenName + " " + familyName;
    }

    /**
     * Where a formal act (a convocation) reaches the person: the PEC where set, as certified mail
     * proves delivery, otherwise the e-mail; null when neither is known.
     */
    String formalAddress() {
        return pec != null ? pec : email;
    }

    PersonView view() {
        return new PersonView(id, givenName, familyName, taxCode, email, pec, phone, organizationId, position, version);
    }
}
