/**
 * Who may have a social service: its access criteria held as data ({@link
 * it.zona.eligibility.AccessCriteria}, a tree of criteria in all-of and any-of groups, with the
 * ISEE bands of a titolo sociale), written by the District's editors for each service of its
 * catalogue ({@link it.zona.eligibility.ServiceCriteriaRegistry}), and the eligibility check that
 * weighs a person's answers against them, criterion by criterion, in memory and never stored, on a
 * public page and in the API. A missing answer is reported as unknown, never taken as a pass.
 */
@ApplicationModule(
        allowedDependencies = {"catalogue", "district", "identity", "municipality", "office", "opendata", "shared"})
package it.zona.eligibility;

import org.springframework.modulith.ApplicationModule;
