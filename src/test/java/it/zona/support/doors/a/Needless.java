package it.zona.support.doors.a;

/** Planted for ModuleDoorsTest: public, and used only in its own room. */
public class Needless {

    Door door() {
        return new Door();
    }
}
