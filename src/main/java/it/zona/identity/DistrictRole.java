package it.zona.identity;

/** A staff member's role in one District. Each role includes the rights of the ones before it. */
public enum DistrictRole {
    VIEWER,
    EDITOR,
    /** The District's planning office (Ufficio di Piano): manages its staff and reads its audit log. */
    ADMIN;

    public boolean includes(DistrictRole other) {
        return compareTo(other) >= 0;
    }
}
