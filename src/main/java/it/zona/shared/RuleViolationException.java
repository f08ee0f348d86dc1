package it.zona.shared;

/**
 * The request is well formed but a domain rule refuses it. {@code conflict} marks refusals caused
 * by the current state of other data (a duplicate, something still referenced), answered with 409;
 * the others are answered with 422.
 */
public final class RuleViolationException extends DomainException {

    private final boolean conflict;

    private RuleViolationException(boolean conflict, String field, String messageKey, Object... arguments) {
        super(field, messageKey, arguments);
        this.conflict = conflict;
    }

    public static RuleViolationException invalid(String field, String messageKey, Object... arguments) {
        return new RuleViolationException(false, field, messageKey, arguments);
    }

    public static RuleViolationException conflict(String field, String messageKey, Object... arguments) {
        return new RuleViolationException(true, field, messageKey, arguments);
    }

    public boolean isConflict() {
        return conflict;
    }
}
