package it.zona.catalogue;

/** What a citizen narrows the catalogue by; null or blank is any. */
public record ServiceFilter(
        ServiceKind kind, ServiceCategory category, Audience audience, String municipality, String q) {

    public boolean any() {
        return kind != null
                || category != null
                || audience != null
                || (municipality != null && !municipality.isBlank())
                || (q != null && !q.isBlank());
    }
}
