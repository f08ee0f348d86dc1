package it.zona.sitting.minutes;

/**
 * How the minutes are approved: at a later sitting of the same body ({@code atSittingId}) or, when
 * {@code byPresident}, by the body's president, whatever sitting is named. {@code version} guards
 * the approval. Not {@code sittingId}: a page's form would take the sitting of its address.
 */
record MinutesApprovalForm(Long atSittingId, Boolean byPresident, Long version) {

    boolean president() {
        return Boolean.TRUE.equals(byPresident);
    }
}
