package it.zona.opendata;

/**
 * A District's publisher as its admin set it (blank: not set, the default applies), with {@code
 * version} -1 until first saved, and what the catalogue uses ({@code catalog}: the settings with
 * their defaults, and what is still missing).
 */
public record OpenDataPublisherView(
        String ipaCode,
        String name,
        String rightsHolderIpaCode,
        String rightsHolderName,
        String contactName,
        String contactEmail,
        String contactUrl,
        Licence licence,
        long version,
        CatalogPublisher catalog) {

    OpenDataPublisherForm toForm() {
        return new OpenDataPublisherForm(
                ipaCode,
                name,
                rightsHolderIpaCode,
                rightsHolderName,
                contactName,
                contactEmail,
                contactUrl,
                licence,
                version);
    }
}
