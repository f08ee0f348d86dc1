package it.zona.mail;

import java.time.Instant;
import java.util.List;

/**
 * A message of the outbox as the outbox page and the API show it; no text when it is confidential,
 * and of its attachments only their names.
 */
record OutboxMessageView(
        long id,
        Long districtId,
        String recipient,
        String subject,
        String text,
        boolean confidential,
        String calendarMethod,
        String calendarContent,
        List<String> attachments,
        OutboxStatus status,
        int attempts,
        Instant createdAt,
        Instant lastAttemptAt,
        Instant sentAt,
        String lastError) {}
