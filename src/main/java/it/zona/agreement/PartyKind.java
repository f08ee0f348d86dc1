package it.zona.agreement;

/**
 * A signatory of the agreement (member municipalities, the health authority, the province, the
 * consortium) or a third-sector body that adheres to it (art. 55 D.Lgs 117/2017), possibly later.
 */
public enum PartyKind {
    SIGNATORY,
    ADHERENT
}
