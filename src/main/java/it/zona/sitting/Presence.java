package it.zona.sitting;

/** How a member attends a sitting: in person, through a delegate, or not at all. */
public enum Presence {
    PRESENT,
    DELEGATE,
    ABSENT;

    boolean counts() {
        return this != ABSENT;
    }
}
