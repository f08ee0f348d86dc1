package it.zona.support.doors.a;

/** Planted for ModuleDoorsTest: used by the other room, and shows {@link Shown}. */
public class Door {

    public Shown shown() {
        return new Shown();
    }
}
