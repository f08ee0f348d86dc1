/**
 * The Piano di Zona: the plan a District adopts for (usually) three years, its period, and the
 * stages of its iter from the launch to the closing, each with the act that decided it.
 */
@ApplicationModule(allowedDependencies = {"district", "identity", "opendata", "shared"})
package it.zona.plan;

import org.springframework.modulith.ApplicationModule;
