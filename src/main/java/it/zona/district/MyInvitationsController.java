package it.zona.district;

import it.zona.shared.DomainException;
import it.zona.shared.web.Flash;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Accepting or declining an invitation from the dashboard, where the invitations are listed. */
@Controller
@RequestMapping("/my/invitations/{id}")
class MyInvitationsController {

    private final InvitationInbox invitations;

    MyInvitationsController(InvitationInbox invitations) {
        this.invitations = invitations;
    }

    @PostMapping("/accept")
    String accept(@PathVariable long id, RedirectAttributes redirect) {
        try {
            Flash.success(
                    redirect, "invitation.accepted", invitations.accept(id).name());
        } catch (DomainException refused) {
            Flash.refusal(redirect, refused);
        }
        return "redirect:/dashboard";
    }

    @PostMapping("/decline")
    String decline(@PathVariable long id, RedirectAttributes redirect) {
        Flash.attempt(redirect, () -> invitations.decline(id), "invitation.declined");
        return "redirect:/dashboard";
    }
}
