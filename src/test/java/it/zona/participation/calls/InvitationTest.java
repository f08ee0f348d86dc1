package it.zona.participation.calls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.zona.shared.RuleViolationException;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The reminder rule, with time moved by hand: at most one reminder a day per organisation and call. */
class InvitationTest {

    private static final Instant INVITED = Instant.parse("2026-03-02T09:00:00Z");

    private final Invitation invitation = new Invitation(1, 2, "hash-0", "a@example.org", INVITED, "editor");

    @Test
    void aSecondReminderWithinADayIsRefusedAndTheTokenStays() {
        invitation.remind("hash-1", "a@example.org", INVITED.plus(Duration.ofHours(2)));

        assertThatThrownBy(() -> invitation.remind("hash-2", "a@example.org", INVITED.plus(Duration.ofHours(25))))
                .isInstanceOfSatisfying(RuleViolationException.class, refused -> {
                    assertThat(refused.isConflict()).isTrue();
                    assertThat(refused.messageKey()).isEqualTo("error.invitation.remindedToday");
                    assertThat(refused.arguments()).containsExactly("02/03/2026 12:00", "03/03/2026 12:00");
                });
        assertThat(invitation.reminders()).isEqualTo(1);
    }

    @Test
    void aDayAfterTheLastReminderAnotherMayGo() {
        invitation.remind("hash-1", "a@example.org", INVITED.plus(Duration.ofHours(2)));
        invitation.remind("hash-2", "a@example.org", INVITED.plus(Duration.ofHours(26)));

        assertThat(invitation.reminders()).isEqualTo(2);
        assertThat(invitation.lastReminderAt()).isEqualTo(INVITED.plus(Duration.ofHours(26)));
    }

    @Test
    void theFirstReminderMayGoAtOnce() {
        invitation.remind("hash-1", "a@example.org", INVITED.plus(Duration.ofMinutes(5)));

        assertThat(invitation.reminders()).isEqualTo(1);
    }
}
