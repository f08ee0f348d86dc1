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

    PersonView view() {
        return new PersonView(id, givenName, familyName, taxCode, email, phone, organizationId, position, version);
    }
}
