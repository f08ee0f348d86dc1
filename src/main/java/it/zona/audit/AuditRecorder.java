package it.zona.audit;

import it.zona.shared.EntityChanged;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Records every change as it is published. A plain (synchronous) listener on purpose: it runs in
 * the transaction of the change, whose commit writes the entry ({@link AuditChain}), so a change is
 * never committed without its audit entry, and a failed audit write rolls the change back.
 */
@Component
class AuditRecorder {

    static final String SYSTEM = "system";

    private final AuditChain chain;
    private final JsonMapper json;
    private final Clock clock;

    AuditRecorder(AuditChain chain, JsonMapper json, Clock clock) {
        this.chain = chain;
        this.json = json;
        this.clock = clock;
    }

    @EventListener
    void record(EntityChanged change) {
        chain.append(new AuditChainHash.Row(
                0,
                // The database keeps microseconds: the hash must cover what it keeps.
                clock.instant().truncatedTo(ChronoUnit.MICROS),
                actor(),
                change.districtId(),
                change.entityType(),
                change.entityId(),
                change.action().name(),
                change.reason(),
                toJson(change.before()),
                toJson(change.after())));
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
