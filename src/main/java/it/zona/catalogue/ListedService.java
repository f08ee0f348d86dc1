package it.zona.catalogue;

import java.time.LocalDate;

/**
 * What a list reads of a service, and nothing else: neither its long texts nor its search terms
 * nor its collections.
 */
record ListedService(
        long id,
        ServiceKind kind,
        ServiceCategory category,
        String title,
        ServiceStatus status,
        String summary,
        ApplicationWindow window) {

    ServiceSummary summary(LocalDate today) {
        return new ServiceSummary(
                id,
                kind,
                category,
                title,
                status,
                summary,
                window == null ? null : SocialServiceForm.WindowForm.of(window),
                window != null && window.isOpenOn(today),
                window == null ? null : window.stateOn(today));
    }
}
