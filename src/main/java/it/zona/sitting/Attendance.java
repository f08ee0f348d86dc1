package it.zona.sitting;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * How a member attended a sitting. A member present by delegate names the delegate and the act of
 * delegation; the municipality is the one represented on the day, kept as it was.
 */
@Embeddable
record Attendance(
        @Column(name = "person_id") Long personId,
        @Column(name = "municipality") String municipality,

        @Enumerated(EnumType.STRING) @Column(name = "presence")
        Presence presence,

        @Column(name = "delegate") String delegate,
        @Column(name = "delegation") String delegation) {}
