/**
 * The exports for the national information systems (the ISTAT survey on municipal social services,
 * SIOSS, the ministry's Multifondo platform): the mapping of a plan's areas, funding sources and
 * interventions to their national classifications, set once per plan, and the same figures the
 * budget and the spending keep, written as CSV and XLSX in the shapes those systems ask for.
 */
@ApplicationModule(allowedDependencies = {"budget", "district", "identity", "plan", "programme", "shared", "spending"})
package it.zona.exports;

import org.springframework.modulith.ApplicationModule;
