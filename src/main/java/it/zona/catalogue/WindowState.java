package it.zona.catalogue;

/** Where a titolo sociale's application window stands on a day: not open yet, open, or over. */
public enum WindowState {
    UPCOMING,
    OPEN,
    CLOSED
}
