package it.zona.sitting;

import it.zona.district.DistrictAccess;
import it.zona.district.DistrictRegistry;
import it.zona.district.DistrictView;
import it.zona.governance.GovernanceRegistry;
import it.zona.governance.GoverningBodyView;
import it.zona.identity.DistrictRole;
import it.zona.municipality.MunicipalityView;
import it.zona.shared.EntityChanged;
import it.zona.shared.RuleViolationException;
import it.zona.shared.StaleVersionException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The quorum and majority rules of each governing body: public to read, District editors change them. */
@Service
@Transactional
public class QuorumRuleBook {

    public static final String ENTITY = "QuorumRules";

    private final QuorumRuleSets ruleSets;
    private final DistrictRegistry districts;
    private final GovernanceRegistry governance;
    private final ApplicationEventPublisher events;

    QuorumRuleBook(
            QuorumRuleSets ruleSets,
            DistrictRegistry districts,
            GovernanceRegistry governance,
            ApplicationEventPublisher events) {
        this.ruleSets = ruleSets;
        this.districts = districts;
        this.governance = governance;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public QuorumRulesView view(String slug, long bodyId) {
        DistrictView district = districts.view(slug);
        GoverningBodyView body = governance.get(slug, bodyId);
        return view(district, ruleSets.findById(body.id()).orElse(null), body.id());
    }

    public QuorumRulesView change(String slug, long bodyId, QuorumRulesForm form, long expectedVersion) {
        DistrictAccess access = districts.authorize(slug, DistrictRole.EDITOR);
        DistrictView district = districts.view(slug);
        GoverningBodyView body = governance.get(slug, bodyId);
        QuorumRules rules = ruleSets.findById(body.id()).orElse(null);
        StaleVersionException.check(expectedVersion, rules == null ? 0 : rules.version());
        QuorumRulesView before = view(district, rules, body.id());
        if (rules == null) {
            rules = new QuorumRules(body.id(), access.id());
        }
        rules.change(
                form.firstCallMembers(),
                form.firstCallPopulation(),
                form.secondCallMembers(),
                form.secondCallPopulation(),
                form.majority(),
                form.majorityBasis(),
                form.abstentionsCounted(),
                shares(district, form.agreedShares()));
        ruleSets.saveAndFlush(rules);
        QuorumRulesView after = view(district, rules, body.id());
        events.publishEvent(EntityChanged.updated(access.id(), ENTITY, body.id(), before, after));
        return after;
    }

    /** The rules a body's sittings follow: its own, or the standard ones. */
    QuorumRules of(long bodyId, long districtId) {
        return ruleSets.findById(bodyId).orElseGet(() -> QuorumRules.standard(bodyId, districtId));
    }

    /** Shares are agreed among the District's own municipalities, each once. */
    private static Map<String, Integer> shares(DistrictView district, List<QuorumRulesForm.ShareForm> forms) {
        Map<String, Integer> shares = new TreeMap<>();
        if (forms == null) {
            return shares;
        }
        for (int i = 0; i < forms.size(); i++) {
            QuorumRulesForm.ShareForm share = forms.get(i);
            String code = share.municipality().strip();
            if (district.municipalities().stream().noneMatch(m -> m.istatCode().equals(code))) {
                throw RuleViolationException.invalid(
                        "agreedShares[" + i + "].municipality", "error.district.notMember", code);
            }
            if (shares.put(code, share.share()) != null) {
                throw RuleViolationException.invalid(
                        "agreedShares[" + i + "].municipality", "error.quorum.shareTwice", code);
            }
        }
        return shares;
    }

    private static QuorumRulesView view(DistrictView district, QuorumRules own, long bodyId) {
        QuorumRules rules = own != null ? own : QuorumRules.standard(bodyId, district.id());
        Map<String, String> names = district.municipalities().stream()
                .collect(Collectors.toMap(MunicipalityView::istatCode, MunicipalityView::name));
        List<QuorumRulesView.ShareView> shares = rules.agreedShares().entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(e -> new QuorumRulesView.ShareView(e.getKey(), names.get(e.getKey()), e.getValue()))
                .toList();
        return new QuorumRulesView(
                bodyId,
                own == null,
                rules.firstCallMembers(),
                rules.firstCallPopulation(),
                rules.secondCallMembers(),
                rules.secondCallPopulation(),
                rules.majority(),
                rules.majorityBasis(),
                rules.abstentionsCounted(),
                shares,
                rules.version());
    }
}
