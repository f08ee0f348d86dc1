package it.zona.catalogue;

/**
 * A service as a list shows it: enough to choose it, and whether its application window is open
 * ({@code windowState}: also whether it is yet to open; null without a window).
 */
public record ServiceSummary(
        long id,
        ServiceKind kind,
        ServiceCategory category,
        String title,
        ServiceStatus status,
        String summary,
        SocialServiceForm.WindowForm window,
        boolean windowOpen,
        WindowState windowState) {}
