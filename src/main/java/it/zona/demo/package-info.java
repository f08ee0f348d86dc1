/**
 * Demonstration content, loaded at start-up in demo mode: the real Ambito territoriale sociale di
 * Poggiardo (its municipalities and figures are ISTAT's) with fictitious people, and demo accounts.
 */
@ApplicationModule(
        allowedDependencies = {
            "agreement",
            "budget",
            "catalogue",
            "district",
            "document",
            "eligibility",
            "exports",
            "governance",
            "identity",
            "indicators",
            "mail",
            "monitoring",
            "municipality",
            "office",
            "opendata",
            "organization",
            "participation.calls",
            "participation.contributions",
            "participation.meetings",
            "participation.minutes",
            "participation.tables",
            "plan",
            "programme",
            "progress",
            "shared",
            "sitting",
            "spending",
            "spending::imports"
        })
package it.zona.demo;

import org.springframework.modulith.ApplicationModule;
