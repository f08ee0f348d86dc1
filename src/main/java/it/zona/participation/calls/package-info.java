/**
 * The calls for nominations: the office asks the District's organisations to name a representative
 * to a table, invites them by mail with a one-time link, reviews the nominations, and the accepted
 * ones take a seat.
 */
@ApplicationModule(
        allowedDependencies = {
            "mail",
            "office",
            "organization",
            "participation.space",
            "participation.tables",
            "plan",
            "programme",
            "shared"
        })
package it.zona.participation.calls;

import org.springframework.modulith.ApplicationModule;
