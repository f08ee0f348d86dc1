/**
 * The progress of a plan's interventions: a timeline of dated entries written by the District's
 * editors, some setting the intervention's status or percentage of progress, shown on the
 * intervention's page together with what the thematic tables said of it (read through
 * {@link it.zona.programme.ParticipationTrace}, so this module does not depend on participation).
 */
@ApplicationModule(allowedDependencies = {"district", "identity", "plan", "programme", "shared"})
package it.zona.progress;

import org.springframework.modulith.ApplicationModule;
