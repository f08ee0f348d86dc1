package it.zona.sitting;

import org.springframework.ui.Model;

/**
 * A part of a sitting's page that a room of the module built on the sittings adds (what the
 * convocation sent, the minutes). The sittings' page does not know those rooms: it asks every
 * section in turn; {@code canEdit} says whether the reader is the District's office.
 */
public interface SittingPageSection {

    void addTo(SittingView sitting, boolean canEdit, Model model);
}
