package it.zona.opendata;

import it.zona.shared.PlainText;
import it.zona.shared.RuleViolationException;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** Who publishes a District's open data: one per District, created the first time its admin saves it. */
@Entity
@Table(name = "open_data_publisher")
class OpenDataPublisher {

    @Id
    private Long districtId;

    private String ipaCode;
    private String name;
    private String rightsHolderIpaCode;
    private String rightsHolderName;
    private String contactName;
    private String contactEmail;
    private String contactUrl;

    @Enumerated(EnumType.STRING)
    private Licence licence;

    @Version
    private long version;

    protected OpenDataPublisher() {}

    OpenDataPublisher(long districtId) {
        this.districtId = districtId;
    }

    /**
     * Takes what the admin typed: IPA codes in their checked, lower-case form; a rights holder is a
     * body with both its code and its name, or none (then it is the publisher).
     */
    void apply(OpenDataPublisherForm form) {
        IpaCode publisher = IpaCode.parse("ipaCode", form.ipaCode());
        IpaCode holder = IpaCode.parse("rightsHolderIpaCode", form.rightsHolderIpaCode());
        String holderName = PlainText.blankToNull(form.rightsHolderName());
        if (holder != null && holderName == null) {
            throw RuleViolationException.invalid("rightsHolderName", "opendata.publisher.rightsHolderIncomplete");
        }
        if (holder == null && holderName != null) {
            throw RuleViolationException.invalid("rightsHolderIpaCode", "opendata.publisher.rightsHolderIncomplete");
        }
        this.ipaCode = publisher == null ? null : publisher.value();
        this.name = PlainText.blankToNull(form.name());
        this.rightsHolderIpaCode = holder == null ? null : holder.value();
        this.rightsHolderName = holderName;
        this.contactName = PlainText.blankToNull(form.contactName());
        this.contactEmail = PlainText.blankToNull(form.contactEmail());
        this.contactUrl = PlainText.blankToNull(form.contactUrl());
        this.licence = form.licence();
    }

    long version() {
        return version;
    }

    String ipaCode() {
        return ipaCode;
    }

    String name() {
        return name;
    }

    String rightsHolderIpaCode() {
        return rightsHolderIpaCode;
    }

    String rightsHolderName() {
        return rightsHolderName;
    }

    String contactName() {
        return contactName;
    }

    String contactEmail() {
        return contactEmail;
    }

    String contactUrl() {
        return contactUrl;
    }

    Licence licence() {
        return licence;
    }
}
