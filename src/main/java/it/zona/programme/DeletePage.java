package it.zona.programme;

import it.zona.shared.DomainException;
import it.zona.shared.RuleViolationException;
import java.util.List;

/**
 * A confirmation page before deleting something of a plan: its name, the section it belongs to (for
 * the breadcrumb and the way back), where to send the confirmation and, when the deletion was
 * refused, the message that says why. While something still holds the item, there is no button.
 */
record DeletePage(
        String name,
        String section,
        String sectionPath,
        String backPath,
        String action,
        String refusalKey,
        List<Object> refusalArguments,
        boolean held) {

    static DeletePage of(String name, String section, String sectionPath, String backPath, String action) {
        return new DeletePage(name, section, sectionPath, backPath, action, null, List.of(), false);
    }

    /** Refuses the deletion when the list of holders is not empty, naming them. */
    DeletePage heldBy(List<String> holders, String key) {
        return holders.isEmpty()
                ? this
                : new DeletePage(
                        name,
                        section,
                        sectionPath,
                        backPath,
                        action,
                        key,
                        List.of(name, String.join(", ", holders)),
                        true);
    }

    /** The page again after the service refused the deletion: held by something, or missing a reason. */
    DeletePage refused(DomainException refusal) {
        boolean stillHeld = refusal instanceof RuleViolationException rule && rule.isConflict();
        return new DeletePage(
                name,
                section,
                sectionPath,
                backPath,
                action,
                refusal.messageKey(),
                List.of(refusal.arguments()),
                stillHeld);
    }

    public boolean isRefused() {
        return refusalKey != null;
    }

    public Object[] arguments() {
        return refusalArguments.toArray();
    }
}
