package it.zona.eligibility;

import it.zona.shared.RuleViolationException;
import java.util.Set;

/**
 * A criterion no other kind can express, written as a note shown to the citizen: the social worker
 * weighs it (valutazione dell'assistente sociale), so the check never calls it met or not met.
 */
public record Assessment(String note) implements AccessCriteria.Leaf {

    /** The longest note, in characters: a note is a sentence or two, not the service's charter. */
    static final int LONGEST_NOTE = 1000;

    @Override
    public Judgement judge(Answers answers, Set<String> districtMunicipalities) {
        return Judgement.assessed("eligibility.reason.assessment", note);
    }

    @Override
    public Phrases.Said describe(Phrases phrases) {
        return phrases.said("eligibility.rule.assessment").with(note);
    }

    @Override
    public Set<Question> questions() {
        // The social worker asks what they need: the form has nothing to ask for it.
        return Set.of();
    }

    @Override
    public void validate(String path, Set<String> districtMunicipalities) {
        if (note == null || note.isBlank()) {
            throw RuleViolationException.invalid(path + ".note", "error.eligibility.noteBlank");
        }
        if (note.length() > LONGEST_NOTE) {
            throw RuleViolationException.invalid(path + ".note", "error.eligibility.noteTooLong", LONGEST_NOTE);
        }
    }
}
