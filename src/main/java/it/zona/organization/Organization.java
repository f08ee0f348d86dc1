package it.zona.organization;

import it.zona.shared.PlainText;
import it.zona.shared.RuleViolationException;
import it.zona.shared.TaxCode;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

@Entity
@Table(name = "organization")
class Organization {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long districtId;
    private String name;

    @Enumerated(EnumType.STRING)
    private OrganizationType type;

    private String taxCode;
    private String vatNumber;

    @Enumerated(EnumType.STRING)
    private RuntsSection runtsSection;

    private String runtsNumber;
    private String municipality;
    private String address;
    private String email;
    private String pec;
    private String phone;
    private String website;

    @Version
    private long version;

    protected Organization() {}

    Organization(long districtId, OrganizationForm form) {
        this.districtId = districtId;
        apply(form);
    }

    void apply(OrganizationForm form) {
        this.name = form.name().strip();
        this.type = form.type();
        this.taxCode = taxCode(form.taxCode());
        this.vatNumber = vatNumber(form.vatNumber());
        this.runtsNumber = PlainText.blankToNull(form.runtsNumber());
        if (runtsNumber != null && form.runtsSection() == null) {
            throw RuleViolationException.invalid("runtsSection", "error.organization.runtsSectionMissing");
        }
        this.runtsSection = form.runtsSection();
        this.municipality = PlainText.blankToNull(form.municipality());
        this.address = PlainText.blankToNull(form.address());
        this.email = PlainText.blankToNull(form.email());
        this.pec = PlainText.blankToNull(form.pec());
        this.phone = PlainText.blankToNull(form.phone());
        this.website = PlainText.blankToNull(form.website());
    }

    /** Tax codes are kept in their canonical form and only with a valid check character. */
    private static String taxCode(String raw) {
        String code = PlainText.blankToNull(TaxCode.normalize(raw));
        return code == null ? null : new TaxCode(code).value();
    }

    private static String vatNumber(String raw) {
        String code = PlainText.blankToNull(TaxCode.normalize(raw));
        if (code != null && !TaxCode.isValidNumeric(code)) {
            throw RuleViolationException.invalid("vatNumber", "validation.vatNumber");
        }
        return code;
    }

    Long id() {
        return id;
    }

    long districtId() {
        return districtId;
    }

    String name() {
        return name;
    }

    OrganizationType type() {
        return type;
    }

    String taxCode() {
        return taxCode;
    }

    String vatNumber() {
        return vatNumber;
    }

    long version() {
        return version;
    }

    OrganizationView view() {
        return new OrganizationView(
                id,
                name,
                type,
                taxCode,
                vatNumber,
                runtsSection,
                runtsNumber,
                municipality,
                address,
                email,
                pec,
                phone,
                website,
                version);
    }
}
