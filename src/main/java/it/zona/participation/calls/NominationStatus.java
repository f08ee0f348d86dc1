package it.zona.participation.calls;

/** Where a nomination stands. Nominations are never rewritten: each change of status is a decision. */
public enum NominationStatus {
    /** Sent by the organisation, waiting for the office. */
    SUBMITTED,
    /** Accepted: the organisation sits at the table with this representative. */
    ACCEPTED,
    /** Refused by the office, with a reason. */
    REJECTED,
    /** Taken back by the organisation before the office decided. */
    WITHDRAWN,
    /** Replaced by a later nomination of the same organisation for the same table. */
    SUPERSEDED
}
