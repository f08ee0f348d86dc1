package it.zona.participation.calls;

/**
 * Where a call for nominations stands. An open call whose deadline has passed no longer takes
 * nominations (see {@link CallView#accepting()}) until the office reopens it with a new deadline.
 */
public enum CallStatus {
    /** Being written: only the District's staff see it, and it can still change. */
    DRAFT,
    /** Published: invitations go out and organisations nominate until the deadline. */
    OPEN,
    /** Closed by the office: the links stop working until it is reopened. */
    CLOSED
}
