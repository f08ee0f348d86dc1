package it.zona.programme;

import java.util.List;

/**
 * A confirmation page before deleting something of a plan: its name, the section it belongs to (for
 * the breadcrumb and the way back), where to send the confirmation and, when something still
 * holds it, the message that says what.
 */
record DeletePage(
        String name,
        String sectionKey,
        String sectionPath,
        String backPath,
        String action,
        String blockedKey,
        List<Object> blockedArguments) {

    static DeletePage of(String name, String sectionKey, String sectionPath, String backPath, String action) {
        return new DeletePage(name, sectionKey, sectionPath, backPath, action, null, List.of());
    }

    /** The same page refusing the deletion with the message given. */
    DeletePage blocked(String key, Object... arguments) {
        return new DeletePage(name, sectionKey, sectionPath, backPath, action, key, List.of(arguments));
    }

    /** Refuses the deletion when the list of holders is not empty, naming them. */
    DeletePage heldBy(List<String> holders, String key) {
        return holders.isEmpty() ? this : blocked(key, name, String.join(", ", holders));
    }

    public boolean isBlocked() {
        return blockedKey != null;
    }

    public Object[] arguments() {
        return blockedArguments.toArray();
    }
}
