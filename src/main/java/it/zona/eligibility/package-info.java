/**
 * Who may have a social service: its access criteria held as data ({@link
 * it.zona.eligibility.AccessCriteria}, a tree of criteria in all-of and any-of groups, with the
 * ISEE bands of a titolo sociale) and the eligibility check that weighs a person's answers against
 * them, criterion by criterion, in memory and never stored. A missing answer is reported as
 * unknown, never taken as a pass.
 */
@ApplicationModule(allowedDependencies = {"shared"})
package it.zona.eligibility;

import org.springframework.modulith.ApplicationModule;
