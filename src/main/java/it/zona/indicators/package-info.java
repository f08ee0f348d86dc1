/**
 * Indicators of a plan's objectives and interventions: what each measures, in which unit, which way
 * is better, its baseline and the value expected in each year of the plan; the measurements taken
 * (never rewritten: a correction is a new measurement naming the one it corrects), and the status of
 * each year computed from them by {@link it.zona.indicators.StatusRule}. Public with the plan;
 * {@link IndicatorStatuses} gives dashboards and alerts the counts and the indicators behind target.
 */
@ApplicationModule(allowedDependencies = {"district", "identity", "opendata", "plan", "programme", "shared"})
package it.zona.indicators;

import org.springframework.modulith.ApplicationModule;
