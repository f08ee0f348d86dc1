package it.zona.agreement;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A party to the agreement: the organisation, who signs for it (name, role, the act that empowers
 * them) and whether its signature is needed for the agreement to take effect.
 */
@Entity
@Table(name = "agreement_party")
class AgreementParty {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long agreementId;
    private Long organizationId;

    @Enumerated(EnumType.STRING)
    private PartyKind kind;

    private String signatoryName;
    private String signatoryRole;
    private String empoweringAct;
    private boolean signatureRequired;

    protected AgreementParty() {}

    AgreementParty(long agreementId, long organizationId) {
        this.agreementId = agreementId;
        this.organizationId = organizationId;
    }

    void describe(PartyKind kind, String signatoryName, String signatoryRole, String empoweringAct, boolean required) {
        this.kind = kind;
        this.signatoryName = signatoryName;
        this.signatoryRole = signatoryRole;
        this.empoweringAct = empoweringAct;
        // An adhering body's signature never holds the agreement back.
        this.signatureRequired = kind == PartyKind.SIGNATORY && required;
    }

    Long id() {
        return id;
    }

    long agreementId() {
        return agreementId;
    }

    long organizationId() {
        return organizationId;
    }

    PartyKind kind() {
        return kind;
    }

    String signatoryName() {
        return signatoryName;
    }

    String signatoryRole() {
        return signatoryRole;
    }

    String empoweringAct() {
        return empoweringAct;
    }

    boolean signatureRequired() {
        return signatureRequired;
    }
}
