package it.zona.shared;

import java.util.List;

/**
 * Implemented by a module whose data point at another module's entities, so that the owner can
 * refuse to delete something still in use and say what holds it, without depending on the module
 * that holds it.
 */
public interface ReferenceCheck {

    /** Names of what still refers to the entity (e.g. "Coordinamento istituzionale"); empty if nothing. */
    List<String> referencesTo(String entityType, long id);
}
