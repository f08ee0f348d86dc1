package it.zona.indicators;

/**
 * What a list of a plan's indicators may be narrowed to: an area (its sub-areas included), a kind, a
 * status in the year the list is about.
 */
record IndicatorFilter(Long area, IndicatorKind kind, IndicatorStatus status) {

    static final IndicatorFilter NONE = new IndicatorFilter(null, null, null);

    boolean accepts(IndicatorView indicator, Subjects.Subject subject, int year) {
        if (area != null && !subject.inArea(area)) {
            return false;
        }
        if (kind != null && indicator.kind() != kind) {
            return false;
        }
        return status == null
                || indicator.year(year) != null && indicator.year(year).status() == status;
    }

    boolean isEmpty() {
        return area == null && kind == null && status == null;
    }
}
