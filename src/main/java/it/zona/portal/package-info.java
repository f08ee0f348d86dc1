/**
 * What citizens see without signing in (the list of Districts and each District's public page,
 * on the site and through the API) and the staff's starting page. It composes the other modules
 * and owns no data.
 */
@ApplicationModule(
        allowedDependencies = {
            "district",
            "governance",
            "identity",
            "office",
            "participation.meetings",
            "participation.tables",
            "plan",
            "shared"
        })
package it.zona.portal;

import org.springframework.modulith.ApplicationModule;
