package it.zona.opendata;

import java.util.List;

/**
 * Who a catalogue names as publisher, rights holder and contact point, and the licence of the data:
 * what the District's admin set, and for each blank a default (see {@link OpenDataPublisherRegistry}).
 * {@code missing} lists the fields, by their names in {@link OpenDataPublisherForm}, that neither
 * the admin nor a default fills: until it is empty the catalogue lacks a property DCAT-AP_IT makes
 * mandatory, and the District's datasets stay out of the installation's catalogue.
 */
record CatalogPublisher(
        OpenDataAgent publisher,
        OpenDataAgent rightsHolder,
        OpenDataContact contact,
        Licence licence,
        List<String> missing) {

    /** A public body: its IPA code (null when not known) and its name. */
    record OpenDataAgent(String ipaCode, String name) {}

    /** Where questions about the data go: an office's name, its e-mail (null when not known), a web page. */
    record OpenDataContact(String name, String email, String url) {}

    boolean complete() {
        return missing.isEmpty();
    }
}
