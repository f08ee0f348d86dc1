package it.zona.district;

/**
 * How the municipalities of a District are associated (forma associata). The constants are the
 * Italian names of the legal institutes, as the API exchanges them.
 */
public enum LegalForm {
    CONVENZIONE,
    CONSORZIO,
    UNIONE_DI_COMUNI,
    AZIENDA_SPECIALE,
    AZIENDA_SERVIZI_PERSONA,
    SOCIETA_DELLA_SALUTE,
    DELEGA_ASL,
    COMUNE_SINGOLO,
    ALTRO
}
