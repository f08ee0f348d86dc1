package it.zona.shared;

/** What was asked for does not exist, or is not visible from where it was asked. */
public final class NotFoundException extends DomainException {

    public NotFoundException(String messageKey, Object... arguments) {
        super(null, messageKey, arguments);
    }
}
