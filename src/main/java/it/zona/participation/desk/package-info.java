/**
 * A representative's own page: their seats, the next meetings, the minutes awaiting their remarks and
 * their organisations' proposals.
 */
@ApplicationModule(
        allowedDependencies = {
            "participation.contributions",
            "participation.meetings",
            "participation.minutes",
            "participation.space",
            "participation.tables",
            "plan",
            "programme",
            "shared"
        })
package it.zona.participation.desk;

import org.springframework.modulith.ApplicationModule;
