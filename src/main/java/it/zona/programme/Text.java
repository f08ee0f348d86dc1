package it.zona.programme;

/** Optional text as forms send it: blank means not given. */
final class Text {

    private Text() {}

    static String orNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
