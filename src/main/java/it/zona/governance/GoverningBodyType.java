package it.zona.governance;

public enum GoverningBodyType {
    /** Coordinamento istituzionale: the mayors or their delegates; political direction and control. */
    INSTITUTIONAL_BOARD,
    /** Conferenza (or Assemblea) dei Sindaci: promotes and approves the plan. */
    MAYORS_CONFERENCE,
    /** Consiglio di amministrazione of a consortium or agency. */
    BOARD,
    /** Assemblea consortile or of the union. */
    ASSEMBLY,
    OTHER
}
