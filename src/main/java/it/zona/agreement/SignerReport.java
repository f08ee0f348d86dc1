package it.zona.agreement;

import java.time.Instant;

/**
 * One signature of a file, as DSS reported it: who signed and when (the time the signer claims), the
 * certificate, the anchor it chains to (null if none), the indication and sub-indication, and the
 * errors in DSS's words.
 */
record SignerReport(
        String signatureId,
        String signedBy,
        Instant signingTime,
        String certificateSubject,
        String certificateIssuer,
        String certificateSerial,
        String trustAnchor,
        boolean counterSignature,
        Indication indication,
        String subIndication,
        String errors) {}
