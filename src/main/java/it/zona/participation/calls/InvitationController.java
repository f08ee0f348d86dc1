package it.zona.participation.calls;

import it.zona.organization.OrganizationType;
import it.zona.participation.space.ParticipationPages;
import it.zona.shared.DomainException;
import it.zona.shared.web.Flash;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Inviting organisations to a call: pick them one by one or by type, see who will be invited (and
 * who cannot be, having no address) on a confirmation page, send; and remind who has not answered.
 */
@Controller
@RequestMapping("/calls/{callId}/invitations")
class InvitationController {

    static final String PICK_VIEW = "participation/call-invite";
    static final String CONFIRM_VIEW = "participation/call-invite-confirm";

    private final CallRegistry calls;
    private final InvitationRegistry invitations;
    private final ParticipationPages pages;

    InvitationController(CallRegistry calls, InvitationRegistry invitations, ParticipationPages pages) {
        this.calls = calls;
        this.invitations = invitations;
        this.pages = pages;
    }

    @GetMapping("/new")
    String pick(@PathVariable long callId, Model model) {
        CallView call = calls.get(callId);
        pages.manage(call.planId(), model);
        model.addAttribute("call", call);
        model.addAttribute("organizations", invitations.candidates(callId));
        model.addAttribute("types", OrganizationType.values());
        return PICK_VIEW;
    }

    @GetMapping("/confirm")
    String confirm(
            @PathVariable long callId,
            @RequestParam(required = false) List<Long> organizationIds,
            @RequestParam(required = false) List<OrganizationType> organizationTypes,
            Model model) {
        CallView call = calls.get(callId);
        pages.manage(call.planId(), model);
        InvitationRequest request = new InvitationRequest(organizationIds, organizationTypes);
        model.addAttribute("call", call);
        model.addAttribute("request", request);
        model.addAttribute("preview", invitations.preview(callId, request));
        return CONFIRM_VIEW;
    }

    @PostMapping
    String invite(
            @PathVariable long callId,
            @RequestParam(required = false) List<Long> organizationIds,
            @RequestParam(required = false) List<OrganizationType> organizationTypes,
            RedirectAttributes redirect) {
        try {
            InvitationResult result =
                    invitations.invite(callId, new InvitationRequest(organizationIds, organizationTypes));
            Flash.success(
                    redirect,
                    "invitation.sent",
                    result.invited().size(),
                    result.withoutAddress().size());
        } catch (DomainException refused) {
            Flash.refusal(redirect, refused);
        }
        return "redirect:/calls/" + callId;
    }

    @PostMapping("/{invitationId}/reminder")
    String remind(@PathVariable long callId, @PathVariable long invitationId, RedirectAttributes redirect) {
        InvitationView invitation = invitations.get(callId, invitationId);
        Flash.attempt(
                redirect,
                () -> invitations.remind(callId, invitationId),
                "invitation.reminded",
                invitation.organization().name());
        return "redirect:/calls/" + callId + "#invitations";
    }
}
