package it.zona.mail;

/** Where a message of the outbox stands. */
enum OutboxStatus {
    /** Waiting for its first attempt (or for a node that crashed during one). */
    PENDING,
    SENT,
    /** The last attempt failed; retried until it has had {@link Delivery#MAX_ATTEMPTS} attempts. */
    FAILED,
    /** No SMTP server is configured: kept here to be read, never sent. */
    HELD
}
