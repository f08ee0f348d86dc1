package it.zona.shared;

import java.util.Arrays;

/**
 * A refusal the user can act on. It carries a message key, not a text, so that pages and problem
 * details can say it in the user's language; {@link #field()} names the input it is about, if any.
 */
public abstract sealed class DomainException extends RuntimeException
        permits NotFoundException, RuleViolationException, StaleVersionException {

    private final String messageKey;
    private final Object[] arguments;
    private final String field;

    protected DomainException(String field, String messageKey, Object... arguments) {
        super(messageKey + Arrays.toString(arguments));
        this.field = field;
        this.messageKey = messageKey;
        this.arguments = Arrays.stream(arguments).map(DomainException::asQuoted).toArray();
    }

    /**
     * Whole numbers in refusals are ids, versions and positions: quoted as written, not formatted
     * as quantities ("1234567", not "1.234.567").
     */
    private static Object asQuoted(Object argument) {
        return argument instanceof Long || argument instanceof Integer ? argument.toString() : argument;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }

    public String field() {
        return field;
    }
}
