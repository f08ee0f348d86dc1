/**
 * The District's planning office (Ufficio di Piano) and the offices where citizens are received,
 * with their weekly reception hours, closures, and whether each is open now.
 */
@ApplicationModule(allowedDependencies = {"district", "identity", "municipality", "organization", "shared"})
package it.zona.office;

import org.springframework.modulith.ApplicationModule;
