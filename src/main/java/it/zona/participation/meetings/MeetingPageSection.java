package it.zona.participation.meetings;

import org.springframework.ui.Model;

/**
 * A part of a meeting's page that a module built on the meetings adds (the minutes, what the meeting
 * brought). The meetings do not know those modules: the page asks every section in turn.
 */
public interface MeetingPageSection {

    void addTo(MeetingView meeting, Model model);
}
