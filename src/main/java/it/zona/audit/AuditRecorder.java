package it.zona.audit;

import it.zona.shared.EntityChanged;
import java.time.Clock;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Records every change as it is published. A plain (synchronous) listener on purpose: it runs in
 * the transaction of the change, so a change is never committed without its audit entry, and a
 * failed audit write rolls the change back.
 */
@Component
class AuditRecorder {

    static final String SYSTEM = "system";

    private final AuditEntries entries;
    private final JsonMapper json;
    private final Clock clock;

    AuditRecorder(AuditEntries entries, JsonMapper json, Clock clock) {
        this.entries = entries;
        this.json = json;
        this.clock = clock;
    }

    @EventListener
    void record(EntityChanged change) {
        entries.save(new AuditEntry(clock.instant(), actor(), change, toJson(change.before()), toJson(change.after())));
    }

    private String toJson(Object state) {
        return state == null ? null : json.writeValueAsString(state);
    }

    private static String actor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || authentication instanceof AnonymousAuthenticationToken) {
            return SYSTEM;
        }
        return authentication.getName();
    }
}
