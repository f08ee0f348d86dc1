/**
 * The meetings of a table and the plenary ones of the plan: scheduling, iCalendar invitations and
 * feeds, reminders, attendance and participation rates. The modules built on them add their parts to
 * a meeting's page ({@link it.zona.participation.meetings.MeetingPageSection}) and know a meeting only
 * by its {@link it.zona.participation.meetings.MeetingFacts}.
 */
@ApplicationModule(
        allowedDependencies = {
            "district",
            "mail",
            "opendata",
            "organization",
            "participation.space",
            "participation.tables",
            "plan",
            "programme",
            "shared"
        })
package it.zona.participation.meetings;

import org.springframework.modulith.ApplicationModule;
