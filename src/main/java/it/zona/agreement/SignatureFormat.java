package it.zona.agreement;

/** How a file is signed: a signed PDF (PAdES) or a CMS envelope, {@code .p7m} (CAdES). */
public enum SignatureFormat {
    PADES,
    CADES
}
