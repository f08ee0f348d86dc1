package it.zona.catalogue;

/** A service as a list shows it: enough to choose it, and whether its application window is open. */
public record ServiceSummary(
        long id,
        ServiceKind kind,
        ServiceCategory category,
        String title,
        ServiceStatus status,
        String summary,
        SocialServiceForm.WindowForm window,
        boolean windowOpen) {}
