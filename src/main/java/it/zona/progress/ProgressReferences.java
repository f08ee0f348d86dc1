package it.zona.progress;

import it.zona.programme.InterventionRegistry;
import it.zona.shared.ReferenceCheck;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** An intervention with a timeline of progress stays: its story is not lost. */
@Component
class ProgressReferences implements ReferenceCheck {

    private final ProgressEntries entries;
    private final MessageSource messages;

    ProgressReferences(ProgressEntries entries, MessageSource messages) {
        this.entries = entries;
        this.messages = messages;
    }

    @Override
    @Transactional(readOnly = true)
    public List<String> referencesTo(String entityType, long id) {
        if (!InterventionRegistry.ENTITY.equals(entityType)) {
            return List.of();
        }
        long count = entries.countByInterventionId(id);
        return count == 0
                ? List.of()
                : List.of(messages.getMessage(
                        "interventionProgress.entryCount", new Object[] {count}, LocaleContextHolder.getLocale()));
    }
}
