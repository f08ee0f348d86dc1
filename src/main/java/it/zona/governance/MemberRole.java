package it.zona.governance;

public enum MemberRole {
    PRESIDENT,
    VICE_PRESIDENT,
    DIRECTOR,
    SECRETARY,
    MEMBER
}
