package it.zona.district;

import it.zona.shared.PlainText;
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
import java.util.HashSet;
import java.util.Set;

@Entity
@Table(name = "district")
class District {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String slug;
    private String name;

    @Enumerated(EnumType.STRING)
    private LegalForm legalForm;

    private String leadMunicipality;
    private String description;
    private String email;
    private String pec;
    private String phone;
    private String website;
    private boolean demo;

    @Version
    private long version;

    @ElementCollection
    @CollectionTable(name = "district_municipality", joinColumns = @JoinColumn(name = "district_id"))
    @Column(name = "istat_code")
    private Set<String> municipalities = new HashSet<>();

    protected District() {}

    District(String slug, DistrictDetails details, String leadMunicipality, boolean demo) {
        this.slug = slug;
        this.demo = demo;
        this.municipalities.add(leadMunicipality);
        this.leadMunicipality = leadMunicipality;
        apply(details);
    }

    /** The District's own data; the lead municipality must already be a member. */
    void apply(DistrictDetails details) {
        this.name = details.name().strip();
        this.legalForm = details.legalForm();
        this.description = PlainText.blankToNull(details.description());
        this.email = PlainText.blankToNull(details.email());
        this.pec = PlainText.blankToNull(details.pec());
        this.phone = PlainText.blankToNull(details.phone());
        this.website = PlainText.blankToNull(details.website());
        if (details.leadMunicipality() != null && !details.leadMunicipality().isBlank()) {
            makeLead(details.leadMunicipality());
        }
    }

    boolean addMunicipality(String istatCode) {
        return municipalities.add(istatCode);
    }

    void removeMunicipality(String istatCode) {
        if (istatCode.equals(leadMunicipality)) {
            throw RuleViolationException.conflict("leadMunicipality", "error.district.removeLead", istatCode);
        }
        municipalities.remove(istatCode);
    }

    void makeLead(String istatCode) {
        if (!municipalities.contains(istatCode)) {
            throw RuleViolationException.invalid("leadMunicipality", "error.district.leadNotMember", istatCode);
        }
        this.leadMunicipality = istatCode;
    }

    Long id() {
        return id;
    }

    String slug() {
        return slug;
    }

    String name() {
        return name;
    }

    LegalForm legalForm() {
        return legalForm;
    }

    String leadMunicipality() {
        return leadMunicipality;
    }

    String description() {
        return description;
    }

    String email() {
        return email;
    }

    String pec() {
        return pec;
    }

    String phone() {
        return phone;
    }

    String website() {
        return website;
    }

    boolean isDemo() {
        return demo;
    }

    long version() {
        return version;
    }

    Set<String> municipalities() {
        return Set.copyOf(municipalities);
    }

    DistrictRef ref() {
        return new DistrictRef(id, slug, name, demo);
    }
}
