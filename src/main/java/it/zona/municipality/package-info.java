/**
 * The national list of Italian municipalities (ISTAT codes, names, province, region, resident
 * population), shipped with the application, loaded on first start and re-imported by a platform
 * admin when ISTAT publishes a newer list.
 */
@ApplicationModule(allowedDependencies = {"identity", "shared"})
package it.zona.municipality;

import org.springframework.modulith.ApplicationModule;
