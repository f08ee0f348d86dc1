package it.zona.participation.calls;

import it.zona.participation.space.ParticipationPages;
import it.zona.participation.tables.TableNames;
import it.zona.shared.web.Flash;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The office reviews the nominations of a call: accepting seats the organisation, rejecting needs a reason. */
@Controller
@RequestMapping("/calls/{callId}/nominations")
class ReviewController {

    static final String LIST_VIEW = "participation/call-nominations";

    private final CallRegistry calls;
    private final NominationRegistry nominations;
    private final ParticipationPages pages;

    ReviewController(CallRegistry calls, NominationRegistry nominations, ParticipationPages pages) {
        this.calls = calls;
        this.nominations = nominations;
        this.pages = pages;
    }

    @GetMapping
    String list(@PathVariable long callId, Model model) {
        CallView call = calls.get(callId);
        pages.read(call.planId(), model);
        model.addAttribute("call", call);
        model.addAttribute("nominations", nominations.list(callId));
        return LIST_VIEW;
    }

    @PostMapping("/{nominationId}/accept")
    String accept(@PathVariable long callId, @PathVariable long nominationId, RedirectAttributes redirect) {
        NominationView nomination = nominations.get(callId, nominationId);
        Flash.attempt(
                redirect,
                () -> nominations.accept(callId, nominationId),
                "nomination.accepted",
                nomination.organization().name(),
                TableNames.referenceTo(nomination.table().name()));
        return "redirect:/calls/" + callId + "/nominations";
    }

    @PostMapping("/{nominationId}/reject")
    String reject(
            @PathVariable long callId,
            @PathVariable long nominationId,
            @RequestParam(defaultValue = "") String reason,
            RedirectAttributes redirect) {
        NominationView nomination = nominations.get(callId, nominationId);
        Flash.attempt(
                redirect,
                () -> nominations.reject(callId, nominationId, new ReviewForm(reason)),
                "nomination.rejected",
                nomination.organization().name(),
                TableNames.referenceTo(nomination.table().name()));
        return "redirect:/calls/" + callId + "/nominations";
    }
}
