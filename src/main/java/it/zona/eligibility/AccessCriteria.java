package it.zona.eligibility;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.List;
import java.util.Set;

/**
 * The access criteria of a social service (criteri di accesso), as data rather than prose: a tree
 * whose leaves are the criteria the check can weigh and whose inner nodes are all-of and any-of
 * {@link Group}s. What no leaf can express is an {@link Assessment}: a note shown to the citizen,
 * decided by the social worker. Stored as JSON, each node naming its {@code kind}.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
@JsonSubTypes({
    @JsonSubTypes.Type(value = AgeRange.class, name = "ageRange"),
    @JsonSubTypes.Type(value = Residence.class, name = "residence"),
    @JsonSubTypes.Type(value = IseeAtMost.class, name = "iseeAtMost"),
    @JsonSubTypes.Type(value = Household.class, name = "household"),
    @JsonSubTypes.Type(value = DisabilityRecognised.class, name = "disabilityRecognised"),
    @JsonSubTypes.Type(value = InvalidityAtLeast.class, name = "invalidityAtLeast"),
    @JsonSubTypes.Type(value = NonSelfSufficiency.class, name = "nonSelfSufficiency"),
    @JsonSubTypes.Type(value = EmploymentStatus.class, name = "employmentStatus"),
    @JsonSubTypes.Type(value = ResidencePermit.class, name = "residencePermit"),
    @JsonSubTypes.Type(value = Assessment.class, name = "assessment"),
    @JsonSubTypes.Type(value = Group.class, name = "group")
})
public sealed interface AccessCriteria permits AccessCriteria.Leaf, Group {

    /**
     * Weighs the answers against this node: adds a finding for each leaf under it, in order, and
     * returns the node's verdict.
     *
     * @param path where this node is in the tree, as the office's form names it
     */
    Verdict evaluate(Answers answers, Set<String> districtMunicipalities, String path, List<Finding> findings);

    /**
     * Refuses a node the office could not mean.
     *
     * @param path where this node is in the tree, for the error's field
     * @param depth how deep this node is: 1 at the root
     */
    void validate(String path, int depth, Set<String> districtMunicipalities);

    /** The questions of the check's form that the criteria under this node need answered. */
    Set<Question> questions();

    /** A criterion on its own, which the check weighs into one finding. */
    sealed interface Leaf extends AccessCriteria
            permits AgeRange,
                    Residence,
                    IseeAtMost,
                    Household,
                    DisabilityRecognised,
                    InvalidityAtLeast,
                    NonSelfSufficiency,
                    EmploymentStatus,
                    ResidencePermit,
                    Assessment {

        /**
         * What this criterion says of the answers; the municipalities are the District's, for a
         * criterion of residence anywhere in it.
         */
        Judgement judge(Answers answers, Set<String> districtMunicipalities);

        /** The criterion as a sentence the service's page shows a citizen. */
        Phrases.Said describe(Phrases phrases);

        /** Refuses a criterion the office could not mean, naming the field under {@code path}. */
        void validate(String path, Set<String> districtMunicipalities);

        @Override
        default Verdict evaluate(
                Answers answers, Set<String> districtMunicipalities, String path, List<Finding> findings) {
            Judgement judgement = judge(answers, districtMunicipalities);
            findings.add(new Finding(path, this, judgement));
            return judgement.verdict();
        }

        @Override
        default void validate(String path, int depth, Set<String> districtMunicipalities) {
            validate(path, districtMunicipalities);
        }
    }
}
