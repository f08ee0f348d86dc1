package it.zona.participation.contributions;

import it.zona.programme.Named;

/**
 * A need heard at a meeting; {@code organization} is null when no one organisation raised it, and
 * {@code needId} names the plan's need it was taken into, if it was.
 */
public record HeardNeedView(
        long id,
        long meetingId,
        long planId,
        Named area,
        Named organization,
        String title,
        String description,
        Long needId,
        long version) {

    public boolean inPlan() {
        return needId != null;
    }

    public HeardNeedForm toForm() {
        return new HeardNeedForm(
                area.id(), organization == null ? null : organization.id(), title, description, version);
    }
}
