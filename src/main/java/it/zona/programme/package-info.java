/**
 * What a plan sets out to do: its policy areas and target groups, the needs heard in each area,
 * the general and yearly objectives that answer them, the interventions that pursue them, and the
 * yearly programme (programma attuativo) they make up.
 */
@ApplicationModule(allowedDependencies = {"district", "municipality", "opendata", "organization", "plan", "shared"})
package it.zona.programme;

import org.springframework.modulith.ApplicationModule;
