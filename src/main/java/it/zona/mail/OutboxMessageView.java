package it.zona.mail;

import java.time.Instant;

/** A message of the outbox as the outbox page and the API show it; no text when it is confidential. */
record OutboxMessageView(
        long id,
        Long districtId,
        String recipient,
        String subject,
        String text,
        boolean confidential,
        String calendarMethod,
        String calendarContent,
        OutboxStatus status,
        int attempts,
        Instant createdAt,
        Instant lastAttemptAt,
        Instant sentAt,
        String lastError) {}
