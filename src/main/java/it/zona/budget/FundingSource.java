package it.zona.budget;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A source of a District's money. A source no longer in use is retired rather than deleted while
 * budget lines name it: new lines cannot use it, old ones keep it.
 */
@Entity
@Table(name = "funding_source")
class FundingSource {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long districtId;
    private String code;
    private String name;
    private String description;
    private int position;
    private boolean active;

    @Version
    private long version;

    protected FundingSource() {}

    FundingSource(long districtId, String code, String name, String description, int position) {
        this.districtId = districtId;
        this.code = code;
        this.name = name;
        this.description = description;
        this.position = position;
        this.active = true;
    }

    void apply(FundingSourceForm form) {
        this.name = form.name().strip();
        this.description = form.description() == null || form.description().isBlank()
                ? null
                : form.description().strip();
        this.active = form.active() == null || form.active();
    }

    FundingSourceView view() {
        return new FundingSourceView(id, code, name, description, position, active, isMunicipal(), version);
    }

    boolean isMunicipal() {
        return FundingSourceCode.MUNICIPAL.name().equals(code);
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

    int position() {
        return position;
    }

    boolean active() {
        return active;
    }

    long version() {
        return version;
    }
}
