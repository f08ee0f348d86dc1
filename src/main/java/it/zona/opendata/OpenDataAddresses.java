package it.zona.opendata;

/**
 * The addresses of the open data, relative to {@code zona.base-url}: the pages, the files and the
 * catalogues. The catalogue names these in its landing pages and download URLs, so they must not
 * change; a dataset's key can be neither {@code catalog} nor {@code settings}.
 */
final class OpenDataAddresses {

    static final String INSTALLATION_PAGE = "/open-data";
    static final String INSTALLATION_CATALOG = INSTALLATION_PAGE + "/catalog";

    private OpenDataAddresses() {}

    static String page(String slug) {
        return "/districts/" + slug + "/open-data";
    }

    static String catalog(String slug) {
        return page(slug) + "/catalog";
    }

    static String settings(String slug) {
        return page(slug) + "/settings";
    }

    /** A dataset's page: its landing page in the catalogue. */
    static String dataset(String slug, String key) {
        return page(slug) + "/" + key;
    }

    static String file(String slug, String key, FileFormat format) {
        return dataset(slug, key) + "." + format.extension();
    }
}
