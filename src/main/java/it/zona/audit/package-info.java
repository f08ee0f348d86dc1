/**
 * The audit log: who changed what, when, with the values before and after. Append-only; District
 * admins read their District's part of it.
 */
@ApplicationModule(allowedDependencies = {"district", "identity", "shared"})
package it.zona.audit;

import org.springframework.modulith.ApplicationModule;
