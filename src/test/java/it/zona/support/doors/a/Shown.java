package it.zona.support.doors.a;

/** Planted for ModuleDoorsTest: no other room names it, but a used door hands it out. */
public class Shown {}
