package it.zona.participation.minutes;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;

/**
 * The minutes as the office writes them: the body in Markdown (paragraphs, bold, italic, lists,
 * headings) and the decisions in order (blank lines are dropped). {@code version} guards an edit.
 */
public record MinutesForm(
        @NotBlank @Size(max = 20000) String body, List<@Size(max = 2000) String> decisions, Long version) {

    /** Blank decision lines the page offers for new decisions. */
    static final int FREE_DECISION_LINES = 3;

    public MinutesForm {
        decisions = decisions == null ? List.of() : new ArrayList<>(decisions);
    }

    List<String> decisionItems() {
        return decisions.stream()
                .filter(item -> item != null && !item.isBlank())
                .map(String::strip)
                .toList();
    }

    /** The same form with a few blank decision lines at the end, for a page without JavaScript. */
    MinutesForm withFreeLines() {
        List<String> lines = new ArrayList<>(decisionItems());
        for (int i = 0; i < FREE_DECISION_LINES; i++) {
            lines.add("");
        }
        return new MinutesForm(body, lines, version);
    }
}
