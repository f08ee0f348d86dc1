/**
 * What a meeting brings: the needs heard, the proposals made and the answer to each, the progress
 * notes on interventions; and the trace from the plan's needs and interventions back to them.
 */
@ApplicationModule(
        allowedDependencies = {
            "organization",
            "participation.meetings",
            "participation.space",
            "participation.tables",
            "plan",
            "programme",
            "shared"
        })
package it.zona.participation.contributions;

import org.springframework.modulith.ApplicationModule;
