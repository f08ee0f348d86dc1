package it.zona.agreement;

/** The agreement is drafted, then frozen as the PDF its parties sign, then in force once every required party has. */
public enum AgreementStatus {
    DRAFT,
    FROZEN,
    IN_FORCE
}
