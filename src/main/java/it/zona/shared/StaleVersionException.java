package it.zona.shared;

/** Someone else changed the data since the client read it: the update would overwrite their work. */
public final class StaleVersionException extends DomainException {

    private final long currentVersion;

    public StaleVersionException(long currentVersion) {
        super("version", "error.staleVersion", currentVersion);
        this.currentVersion = currentVersion;
    }

    public long currentVersion() {
        return currentVersion;
    }

    /** The version an API update expects when it sent none: the check asks for one (428). */
    public static final long UNSTATED = Long.MIN_VALUE + 1;

    /** Refuses the change unless the client saw the current version. */
    public static void check(long expected, long current) {
        if (expected == UNSTATED) {
            throw new VersionRequiredException();
        }
        if (expected != current) {
            throw new StaleVersionException(current);
        }
    }
}
