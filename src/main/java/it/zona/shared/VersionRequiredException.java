package it.zona.shared;

/**
 * An update that did not say which version it read ({@link StaleVersionException#UNSTATED}). Raised
 * where the version is compared, after the role check, so that who may not change the data hears
 * that first.
 */
public final class VersionRequiredException extends RuntimeException {

    public VersionRequiredException() {
        super("error.preconditionRequired", null, false, false);
    }
}
