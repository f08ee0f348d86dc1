/**
 * The thematic tables of a plan, the coordinator of its tables and each table's liaison; the
 * organisations seated at each table with their representative and substitute (a seat is never
 * rewritten, so the history stays); the representatives' accounts. Tables are public from the plan's
 * launch; the modules built on them add their parts to a table's page ({@link
 * it.zona.participation.tables.TablePageSection}).
 */
@ApplicationModule(
        allowedDependencies = {
            "district",
            "identity",
            "mail",
            "opendata",
            "organization",
            "participation.space",
            "plan",
            "programme",
            "shared"
        })
package it.zona.participation.tables;

import org.springframework.modulith.ApplicationModule;
