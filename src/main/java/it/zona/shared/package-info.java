/**
 * What every module shares and nothing owns: the errors the domain raises, the change event the
 * audit log listens to, Italian tax-code value objects, and the web plumbing that turns errors
 * into pages and problem details in the user's language.
 */
@ApplicationModule(
        type = ApplicationModule.Type.OPEN,
        allowedDependencies = {})
package it.zona.shared;

import org.springframework.modulith.ApplicationModule;
