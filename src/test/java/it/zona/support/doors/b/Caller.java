package it.zona.support.doors.b;

import it.zona.support.doors.a.Door;

/** Planted for ModuleDoorsTest: the other room, which uses the door. */
class Caller {

    Object open() {
        return new Door().shown();
    }
}
