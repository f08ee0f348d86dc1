package it.zona.agreement;

import it.zona.plan.PlanPageSection;
import it.zona.plan.PlanPages;
import it.zona.plan.PlanView;
import it.zona.shared.NotFoundException;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What every page of a plan's agreement shares, and the agreement's part of the plan's own page.
 * Reading follows the plan ({@link PlanPages}: public once approved, its District's staff before);
 * the office's forms are for the District's editors, refused before anything is shown or read.
 */
@Component
class AgreementPages implements PlanPageSection {

    private final AgreementRegistry agreements;
    private final PlanPages plans;

    AgreementPages(AgreementRegistry agreements, PlanPages plans) {
        this.agreements = agreements;
        this.plans = plans;
    }

    /** The plan's page links its agreement, or offers the office to draft one. */
    @Override
    public void addTo(PlanView plan, Model model) {
        model.addAttribute("agreement", agreements.ofPlan(plan.id()).orElse(null));
        model.addAttribute("agreementEditable", agreements.editable(plan.id()));
    }

    /**
     * Puts the plan ({@code plan}, {@code can}), its agreement ({@code agreement}, null while there
     * is none) and whether the user may change it ({@code canEdit}) in the model.
     */
    Optional<AgreementView> read(long planId, Model model) {
        plans.read(planId, model);
        Optional<AgreementView> agreement = agreements.ofPlan(planId);
        model.addAttribute("agreement", agreement.orElse(null));
        model.addAttribute("canEdit", agreements.editable(planId));
        return agreement;
    }

    /** Like {@link #read} for a page about the agreement, which must exist. */
    AgreementView existing(long planId, Model model) {
        return read(planId, model).orElseThrow(() -> new NotFoundException("error.agreement.notFound", planId));
    }

    /** Like {@link #existing} for a form that changes the agreement. */
    AgreementView edit(long planId, Model model) {
        agreements.authorizeChange(planId);
        return existing(planId, model);
    }

    /** The plan, for the form that drafts its agreement. */
    PlanView draft(long planId, Model model) {
        agreements.authorizeChange(planId);
        return plans.read(planId, model);
    }

    static AgreementView.PartyView party(AgreementView agreement, long partyId) {
        return agreement.parties().stream()
                .filter(p -> p.id() == partyId)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("error.agreement.noSuchParty", partyId));
    }

    /** Back to the agreement's page, after a change. */
    static String redirectTo(long planId) {
        return "redirect:/plans/" + planId + "/agreement";
    }
}
