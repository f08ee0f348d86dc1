/**
 * The District's archive of official documents: every document Zona issues, kept as issued when its
 * module publishes {@link it.zona.shared.OfficialDocumentIssued}, and the acts uploaded from outside
 * Zona; each version with its exact bytes and SHA-256, never changed, in one public list per District.
 */
@ApplicationModule(allowedDependencies = {"district", "governance", "identity", "plan", "shared"})
package it.zona.archive;

import org.springframework.modulith.ApplicationModule;
