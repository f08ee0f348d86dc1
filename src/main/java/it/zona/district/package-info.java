/**
 * The District (Ambito territoriale sociale): the tenant of the platform, its legal form, its
 * member municipalities and the lead one, and the staff who work on it.
 */
@ApplicationModule(allowedDependencies = {"identity", "mail", "municipality", "shared"})
package it.zona.district;

import org.springframework.modulith.ApplicationModule;
