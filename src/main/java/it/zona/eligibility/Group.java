package it.zona.eligibility;

import io.swagger.v3.oas.annotations.media.Schema;
import it.zona.shared.RuleViolationException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Criteria that must all hold ({@code ALL_OF}), or of which one is enough ({@code ANY_OF}). */
@Schema(name = "CriteriaGroup")
public record Group(Combinator combinator, List<AccessCriteria> items) implements AccessCriteria {

    public Group {
        items = items == null ? List.of() : List.copyOf(items);
    }

    public static Group allOf(AccessCriteria... items) {
        return new Group(Combinator.ALL_OF, List.of(items));
    }

    public static Group anyOf(AccessCriteria... items) {
        return new Group(Combinator.ANY_OF, List.of(items));
    }

    @Override
    public Verdict evaluate(Answers answers, Set<String> districtMunicipalities, String path, List<Finding> findings) {
        // Every item is weighed, even after one decides: the citizen is told about each criterion.
        List<Verdict> verdicts = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            verdicts.add(items.get(i).evaluate(answers, districtMunicipalities, item(path, i), findings));
        }
        return combinator.combine(verdicts);
    }

    @Override
    public Set<Question> questions() {
        Set<Question> questions = EnumSet.noneOf(Question.class);
        items.forEach(item -> questions.addAll(item.questions()));
        return questions;
    }

    @Override
    public void validate(String path, int depth, Set<String> districtMunicipalities) {
        if (depth > CriteriaValidation.MAX_DEPTH) {
            throw RuleViolationException.invalid(path, "error.eligibility.tooDeep", CriteriaValidation.MAX_DEPTH);
        }
        if (combinator == null) {
            throw RuleViolationException.invalid(path + ".combinator", "error.eligibility.combinatorRequired");
        }
        if (items.isEmpty()) {
            throw RuleViolationException.invalid(path + ".items", "error.eligibility.groupEmpty");
        }
        for (int i = 0; i < items.size(); i++) {
            items.get(i).validate(item(path, i), depth + 1, districtMunicipalities);
        }
    }

    private static String item(String path, int index) {
        return path + ".items[" + index + "]";
    }
}
