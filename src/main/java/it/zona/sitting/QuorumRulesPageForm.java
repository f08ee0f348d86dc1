package it.zona.sitting;

import it.zona.municipality.MunicipalityView;
import it.zona.shared.RuleViolationException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.validation.BindingResult;

/**
 * A body's rules as their page sends them: {@link QuorumRulesForm} with a row for each municipality
 * of the District, whose share is left empty when it has none agreed.
 */
record QuorumRulesPageForm(
        @NotNull Share firstCallMembers,
        @NotNull Share firstCallPopulation,
        @NotNull Share secondCallMembers,
        @NotNull Share secondCallPopulation,
        @NotNull Share majority,
        @NotNull WeightBasis majorityBasis,
        boolean abstentionsCounted,
        List<@Valid Row> agreedShares,
        Long version) {

    private static final Pattern SHARE_FIELD = Pattern.compile("^agreedShares\\[(\\d+)](.*)$");

    QuorumRulesPageForm {
        agreedShares = agreedShares == null ? new ArrayList<>() : new ArrayList<>(agreedShares);
    }

    record Row(String municipality, @Min(0) Integer share) {}

    /** The rules read, with a row for each of the District's municipalities. */
    static QuorumRulesPageForm of(QuorumRulesView rules, List<MunicipalityView> municipalities) {
        Map<String, Integer> agreed = rules.agreedShares().stream()
                .collect(Collectors.toMap(QuorumRulesView.ShareView::municipality, QuorumRulesView.ShareView::share));
        List<Row> rows = municipalities.stream()
                .map(m -> new Row(m.istatCode(), agreed.get(m.istatCode())))
                .toList();
        return new QuorumRulesPageForm(
                rules.firstCallMembers(),
                rules.firstCallPopulation(),
                rules.secondCallMembers(),
                rules.secondCallPopulation(),
                rules.majority(),
                rules.majorityBasis(),
                rules.abstentionsCounted(),
                rows,
                rules.version());
    }

    /** Each row is one of the District's municipalities, the form's own (a row sent back changed is refused). */
    void checkRows(BindingResult errors, Set<String> municipalities) {
        for (int i = 0; i < agreedShares.size(); i++) {
            Row row = agreedShares.get(i);
            String field = "agreedShares[" + i + "].municipality";
            String code = row == null || row.municipality() == null ? "" : row.municipality();
            if (!municipalities.contains(code) && !errors.hasFieldErrors(field)) {
                errors.rejectValue(field, "error.district.notMember", new Object[] {code}, null);
            }
        }
    }

    /** Calls the service with the shares written; a refusal about a share is said of its row. */
    <T> T send(Function<QuorumRulesForm, T> service) {
        List<QuorumRulesForm.ShareForm> shares = new ArrayList<>();
        List<Integer> rowOf = new ArrayList<>();
        for (int i = 0; i < agreedShares.size(); i++) {
            Row row = agreedShares.get(i);
            if (row != null && row.share() != null) {
                shares.add(new QuorumRulesForm.ShareForm(row.municipality(), row.share()));
                rowOf.add(i);
            }
        }
        QuorumRulesForm form = new QuorumRulesForm(
                firstCallMembers,
                firstCallPopulation,
                secondCallMembers,
                secondCallPopulation,
                majority,
                majorityBasis,
                abstentionsCounted,
                shares,
                version);
        try {
            return service.apply(form);
        } catch (RuleViolationException refused) {
            Matcher share = refused.field() == null ? null : SHARE_FIELD.matcher(refused.field());
            if (share == null || !share.matches()) {
                throw refused;
            }
            int index = Integer.parseInt(share.group(1));
            String field = "agreedShares[" + (index < rowOf.size() ? rowOf.get(index) : index) + "]" + share.group(2);
            throw refused.isConflict()
                    ? RuleViolationException.conflict(field, refused.messageKey(), refused.arguments())
                    : RuleViolationException.invalid(field, refused.messageKey(), refused.arguments());
        }
    }
}
