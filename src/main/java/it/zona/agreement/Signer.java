package it.zona.agreement;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;

/** One signature found in an uploaded file, as DSS reported it when the file came in. */
@Embeddable
record Signer(
        @Column(name = "signature_ref") String signatureRef,
        @Column(name = "signed_by") String signedBy,
        @Column(name = "signing_time") Instant signingTime,
        @Column(name = "certificate_subject") String certificateSubject,
        @Column(name = "certificate_issuer") String certificateIssuer,
        @Column(name = "certificate_serial") String certificateSerial,
        @Column(name = "trust_anchor") String trustAnchor,
        @Column(name = "counter_signature") boolean counterSignature,

        @Enumerated(EnumType.STRING) @Column(name = "indication")
        Indication indication,

        @Column(name = "sub_indication") String subIndication,
        @Column(name = "errors") String errors) {

    static Signer of(SignerReport report) {
        return new Signer(
                report.signatureId(),
                report.signedBy(),
                report.signingTime(),
                report.certificateSubject(),
                report.certificateIssuer(),
                report.certificateSerial(),
                report.trustAnchor(),
                report.counterSignature(),
                report.indication(),
                report.subIndication(),
                report.errors() == null || report.errors().isBlank()
                        ? null
                        : report.errors()
                                .substring(0, Math.min(4000, report.errors().length())));
    }
}
