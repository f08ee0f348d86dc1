/**
 * The bodies that take part in a District's plan (municipalities, the health authority, the
 * third sector, schools, unions...) and the people who act for them, with their tax codes and
 * third-sector registration.
 */
@ApplicationModule(allowedDependencies = {"district", "identity", "opendata", "shared"})
package it.zona.organization;

import org.springframework.modulith.ApplicationModule;
