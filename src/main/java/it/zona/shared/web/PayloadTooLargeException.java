package it.zona.shared.web;

import java.io.IOException;

/** Raised while reading an API request body that goes past the configured limit. */
class PayloadTooLargeException extends IOException {

    private final long limit;

    PayloadTooLargeException(long limit) {
        super("Request body larger than " + limit + " bytes");
        this.limit = limit;
    }

    long limit() {
        return limit;
    }

    static Throwable causeOf(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof PayloadTooLargeException) {
                return t;
            }
        }
        return e;
    }
}
