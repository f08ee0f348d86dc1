/**
 * Who is acting and what they may do: local staff accounts, their roles in each District
 * (admin = Ufficio di Piano, editor, viewer), sign-in with throttling, and API tokens.
 */
@ApplicationModule(allowedDependencies = {"shared"})
package it.zona.identity;

import org.springframework.modulith.ApplicationModule;
