/**
 * Monitoring and accountability: what a plan's money and indicators say together. The alerts that
 * point the office to what needs fixing (payments lagging behind the year, commitments over the
 * allowance, indicators behind target, minutes left unapproved, interventions without news), computed from the data whenever
 * they are read and mailed once a week to each District admin; the District's staff dashboard; the
 * public page on a plan's implementation (stato di attuazione) with its charts, data tables and
 * comparisons between years and with the previous plan. It owns no figures: spending, indicators
 * and minutes keep theirs.
 */
@ApplicationModule(
        allowedDependencies = {
            "district",
            "document",
            "identity",
            "indicators",
            "mail",
            "participation.meetings",
            "participation.minutes",
            "plan",
            "programme",
            "progress",
            "shared",
            "spending"
        })
package it.zona.monitoring;

import org.springframework.modulith.ApplicationModule;
