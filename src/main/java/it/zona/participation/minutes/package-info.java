/**
 * The minutes of a meeting in versions: drafted, circulated for remarks, approved (then frozen,
 * public and printed as PDF/A), corrected by a new version.
 */
@ApplicationModule(
        allowedDependencies = {
            "document",
            "mail",
            "participation.meetings",
            "participation.space",
            "participation.tables",
            "plan",
            "programme",
            "shared"
        })
package it.zona.participation.minutes;

import org.springframework.modulith.ApplicationModule;
