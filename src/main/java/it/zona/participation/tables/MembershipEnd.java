package it.zona.participation.tables;

/** Why an organisation's seat at a table, with its representative, ended. */
public enum MembershipEnd {
    /** The organisation named a new representative: a new row continues the seat. */
    REPLACED,
    /** The organisation left the table. */
    WITHDRAWN
}
