package it.zona.programme;

import java.util.Set;

/**
 * Where an intervention may act: the years of its plan and the member municipalities of the
 * plan's District (its name for the messages).
 */
record InterventionScope(int firstYear, int lastYear, String districtName, Set<String> municipalities) {

    boolean covers(int year) {
        return year >= firstYear && year <= lastYear;
    }
}
