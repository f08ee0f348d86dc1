package it.zona.agreement;

/**
 * The outcome of validating a signed file, as ETSI EN 319 102-1 names it: passed; indeterminate
 * (the signature may be good, but something needed to prove it is missing: the chain to an anchor,
 * revocation data, proof of existence before the certificate expired or was revoked); failed.
 */
public enum Indication {
    PASSED,
    INDETERMINATE,
    FAILED
}
