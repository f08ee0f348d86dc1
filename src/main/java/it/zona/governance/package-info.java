/**
 * The governing bodies of a District (Coordinamento istituzionale, Conferenza dei Sindaci, board
 * of the consortium...) and their members over time, with the role each holds and the
 * municipality a mayor or delegate represents.
 */
@ApplicationModule(allowedDependencies = {"district", "identity", "municipality", "opendata", "organization", "shared"})
package it.zona.governance;

import org.springframework.modulith.ApplicationModule;
