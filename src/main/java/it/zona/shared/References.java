package it.zona.shared;

import java.util.List;
import org.springframework.stereotype.Component;

/** Asks every {@link ReferenceCheck} whether an entity is still in use. */
@Component
public class References {

    private final List<ReferenceCheck> checks;

    References(List<ReferenceCheck> checks) {
        this.checks = checks;
    }

    public List<String> to(String entityType, long id) {
        return checks.stream()
                .flatMap(c -> c.referencesTo(entityType, id).stream())
                .toList();
    }

    /**
     * Refuses (409) when something still refers to the entity. The message gets the entity's name
     * and the list of what holds it as its two arguments.
     */
    public void requireNone(String entityType, long id, String messageKey, String name) {
        List<String> holders = to(entityType, id);
        if (!holders.isEmpty()) {
            throw RuleViolationException.conflict(null, messageKey, name, String.join(", ", holders));
        }
    }
}
