/**
 * How the territory takes part in a plan: the thematic tables and their coordinator and liaisons,
 * the organisations sitting at each table and their representatives, the calls to nominate them,
 * the meetings and their calendar, attendance, minutes, and the needs and proposals heard there.
 * Tables are public from the plan's launch; the District's editors (the coordinator, the liaisons,
 * the planning office) run them.
 */
@ApplicationModule(
        allowedDependencies = {"document", "identity", "mail", "office", "organization", "plan", "programme", "shared"})
package it.zona.participation;

import org.springframework.modulith.ApplicationModule;
