/**
 * The plan document: the Piano di Zona and its Sintesi, written from the plan's data as a page and
 * as PDF/A, and the official versions frozen with their SHA-256, which nothing changes afterwards.
 */
@ApplicationModule(allowedDependencies = {"budget", "district", "identity", "plan", "programme", "shared"})
package it.zona.document;

import org.springframework.modulith.ApplicationModule;
