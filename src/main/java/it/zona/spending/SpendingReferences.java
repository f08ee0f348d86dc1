package it.zona.spending;

import it.zona.budget.BudgetRegistry;
import it.zona.organization.OrganizationRegistry;
import it.zona.shared.ReferenceCheck;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the ledger holds on to: a budget line with spending recorded stays where it is, and an
 * organisation that is the beneficiary of a commitment stays in the District.
 */
@Component
class SpendingReferences implements ReferenceCheck {

    private final LedgerEntries entries;
    private final MessageSource messages;

    SpendingReferences(LedgerEntries entries, MessageSource messages) {
        this.entries = entries;
        this.messages = messages;
    }

    @Override
    @Transactional(readOnly = true)
    public List<String> referencesTo(String entityType, long id) {
        long count = 0;
        String key = null;
        if (BudgetRegistry.ENTITY.equals(entityType)) {
            count = entries.countByBudgetLineId(id);
            key = "spending.holder.entries";
        } else if (OrganizationRegistry.ENTITY.equals(entityType)) {
            count = entries.countByOrganizationId(id);
            key = "spending.holder.commitments";
        }
        return count == 0
                ? List.of()
                : List.of(messages.getMessage(key, new Object[] {count}, LocaleContextHolder.getLocale()));
    }
}
