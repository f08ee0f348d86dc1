package it.zona.agreement;

import it.zona.shared.web.Flash;
import it.zona.shared.web.Forms;
import it.zona.shared.web.VersionForm;
import it.zona.shared.web.Versions;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The office's forms for the agreement's parties: add one (any while drafting, a body that adheres
 * afterwards), correct who signs for it until it has signed, remove it from the draft.
 */
@Controller
class PartyController {

    static final String FORM_VIEW = "agreement/party-form";
    static final String REMOVE_VIEW = "agreement/party-remove";

    private final AgreementRegistry agreements;
    private final AgreementPages pages;

    PartyController(AgreementRegistry agreements, AgreementPages pages) {
        this.agreements = agreements;
        this.pages = pages;
    }

    @InitBinder
    void binder(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @GetMapping("/plans/{planId}/agreement/parties/new")
    String newParty(@PathVariable long planId, Model model) {
        AgreementView agreement = pages.edit(planId, model);
        model.addAttribute("form", new PartyForm(null, null, "", "", "", true, agreement.version()));
        return formPage(planId, agreement, null, model);
    }

    @PostMapping("/plans/{planId}/agreement/parties/new")
    String add(
            @PathVariable long planId,
            @Valid @ModelAttribute("form") PartyForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        AgreementView agreement = pages.edit(planId, model);
        return Forms.submit(
                errors,
                () -> {
                    AgreementView.PartyView added = agreements.addParty(planId, form, Versions.ofForm(form.version()));
                    Flash.success(
                            redirect,
                            "agreement.party.added",
                            added.organization().name());
                    return AgreementPages.redirectTo(planId);
                },
                () -> formPage(planId, agreement, null, model));
    }

    @GetMapping("/plans/{planId}/agreement/parties/{partyId}/edit")
    String editParty(@PathVariable long planId, @PathVariable long partyId, Model model) {
        AgreementView agreement = pages.edit(planId, model);
        AgreementView.PartyView party = AgreementPages.party(agreement, partyId);
        model.addAttribute(
                "form",
                new PartyForm(
                        party.organization().id(),
                        party.kind(),
                        party.signatoryName(),
                        party.signatoryRole(),
                        party.empoweringAct(),
                        party.signatureRequired(),
                        agreement.version()));
        return formPage(planId, agreement, party, model);
    }

    @PostMapping("/plans/{planId}/agreement/parties/{partyId}/edit")
    String update(
            @PathVariable long planId,
            @PathVariable long partyId,
            @Valid @ModelAttribute("form") PartyForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        AgreementView agreement = pages.edit(planId, model);
        AgreementView.PartyView party = AgreementPages.party(agreement, partyId);
        return Forms.submit(
                errors,
                () -> {
                    agreements.updateParty(planId, partyId, form, Versions.ofForm(form.version()));
                    Flash.success(
                            redirect,
                            "agreement.party.updated",
                            party.organization().name());
                    return AgreementPages.redirectTo(planId);
                },
                () -> formPage(planId, agreement, party, model));
    }

    /** The confirmation page before removing a party from the draft. */
    @GetMapping("/plans/{planId}/agreement/parties/{partyId}/remove")
    String confirmRemove(@PathVariable long planId, @PathVariable long partyId, Model model) {
        AgreementView agreement = pages.edit(planId, model);
        model.addAttribute("party", AgreementPages.party(agreement, partyId));
        model.addAttribute("form", new VersionForm(agreement.version()));
        return REMOVE_VIEW;
    }

    @PostMapping("/plans/{planId}/agreement/parties/{partyId}/remove")
    String remove(
            @PathVariable long planId,
            @PathVariable long partyId,
            @ModelAttribute("form") VersionForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        AgreementView.PartyView party = AgreementPages.party(pages.edit(planId, model), partyId);
        model.addAttribute("party", party);
        return Forms.submit(
                errors,
                () -> {
                    agreements.removeParty(planId, partyId, Versions.ofForm(form.version()));
                    Flash.success(
                            redirect,
                            "agreement.party.removed",
                            party.organization().name());
                    return AgreementPages.redirectTo(planId);
                },
                () -> REMOVE_VIEW);
    }

    private String formPage(long planId, AgreementView agreement, AgreementView.PartyView party, Model model) {
        model.addAttribute("party", party);
        model.addAttribute("organizations", party == null ? agreements.candidates(planId) : List.of());
        // Once frozen, only a body that adheres is added: the form offers no other kind.
        model.addAttribute(
                "kinds",
                party == null && agreement.status() != AgreementStatus.DRAFT
                        ? List.of(PartyKind.ADHERENT)
                        : List.of(PartyKind.values()));
        return FORM_VIEW;
    }
}
