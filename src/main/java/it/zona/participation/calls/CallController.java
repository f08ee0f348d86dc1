package it.zona.participation.calls;

import it.zona.participation.space.ParticipationPages;
import it.zona.participation.tables.TableRegistry;
import it.zona.shared.web.Flash;
import it.zona.shared.web.Forms;
import it.zona.shared.web.PublicPage;
import it.zona.shared.web.Versions;
import jakarta.validation.Valid;
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

/** The calls for nominations of a plan: the list, each call's page, writing, opening, closing, reopening. */
@Controller
class CallController {

    static final String LIST_VIEW = "participation/call-list";
    static final String DETAIL_VIEW = "participation/call";
    static final String FORM_VIEW = "participation/call-form";
    static final String CLOSE_VIEW = "participation/call-close";
    static final String REOPEN_VIEW = "participation/call-reopen";

    private final CallRegistry calls;
    private final InvitationRegistry invitations;
    private final NominationRegistry nominations;
    private final TableRegistry tables;
    private final ParticipationPages pages;

    CallController(
            CallRegistry calls,
            InvitationRegistry invitations,
            NominationRegistry nominations,
            TableRegistry tables,
            ParticipationPages pages) {
        this.calls = calls;
        this.invitations = invitations;
        this.nominations = nominations;
        this.tables = tables;
        this.pages = pages;
    }

    @InitBinder
    void binder(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @PublicPage
    @GetMapping("/plans/{planId}/calls")
    String list(@PathVariable long planId, Model model) {
        pages.read(planId, model);
        model.addAttribute("calls", calls.list(planId));
        return LIST_VIEW;
    }

    @PublicPage
    @GetMapping("/calls/{callId}")
    String detail(@PathVariable long callId, Model model) {
        CallView call = calls.get(callId);
        pages.read(call.planId(), model);
        model.addAttribute("call", call);
        if (Boolean.TRUE.equals(model.getAttribute("staff"))) {
            model.addAttribute("invitations", invitations.list(callId));
            model.addAttribute("nominations", nominations.list(callId));
        }
        return DETAIL_VIEW;
    }

    @GetMapping("/plans/{planId}/calls/new")
    String newCall(@PathVariable long planId, Model model) {
        model.addAttribute("form", CallForm.empty());
        return formPage(planId, null, model);
    }

    @PostMapping("/plans/{planId}/calls/new")
    String create(
            @PathVariable long planId,
            @Valid @ModelAttribute("form") CallForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        return Forms.submit(
                errors,
                () -> {
                    CallView created = calls.create(planId, form);
                    Flash.success(redirect, "call.created", created.title());
                    return "redirect:/calls/" + created.id();
                },
                () -> formPage(planId, null, model));
    }

    @GetMapping("/calls/{callId}/edit")
    String edit(@PathVariable long callId, Model model) {
        CallView call = calls.get(callId);
        model.addAttribute("form", call.toForm());
        return formPage(call.planId(), call, model);
    }

    @PostMapping("/calls/{callId}/edit")
    String update(
            @PathVariable long callId,
            @Valid @ModelAttribute("form") CallForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        CallView call = calls.get(callId);
        return Forms.submit(
                errors,
                () -> {
                    CallView updated = calls.update(callId, form, Versions.ofForm(form.version()));
                    Flash.success(redirect, "call.updated", updated.title());
                    return "redirect:/calls/" + callId;
                },
                () -> formPage(call.planId(), call, model));
    }

    @PostMapping("/calls/{callId}/open")
    String open(@PathVariable long callId, RedirectAttributes redirect) {
        CallView call = calls.get(callId);
        Flash.attempt(redirect, () -> calls.open(callId), "call.opened", call.title());
        return "redirect:/calls/" + callId;
    }

    @GetMapping("/calls/{callId}/close")
    String confirmClose(@PathVariable long callId, Model model) {
        CallView call = calls.get(callId);
        pages.manage(call.planId(), model);
        model.addAttribute("call", call);
        return CLOSE_VIEW;
    }

    @PostMapping("/calls/{callId}/close")
    String close(@PathVariable long callId, RedirectAttributes redirect) {
        CallView call = calls.get(callId);
        Flash.attempt(redirect, () -> calls.close(callId), "call.closed", call.title());
        return "redirect:/calls/" + callId;
    }

    @GetMapping("/calls/{callId}/reopen")
    String reopenForm(@PathVariable long callId, Model model) {
        CallView call = calls.get(callId);
        model.addAttribute("form", new ReopenForm(null, call.version()));
        return reopenPage(call, model);
    }

    @PostMapping("/calls/{callId}/reopen")
    String reopen(
            @PathVariable long callId,
            @Valid @ModelAttribute("form") ReopenForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        CallView call = calls.get(callId);
        return Forms.submit(
                errors,
                () -> {
                    calls.reopen(callId, form);
                    Flash.success(redirect, "call.reopened", call.title());
                    return "redirect:/calls/" + callId;
                },
                () -> reopenPage(call, model));
    }

    private String formPage(long planId, CallView call, Model model) {
        pages.manage(planId, model);
        model.addAttribute("call", call);
        model.addAttribute("tables", tables.list(planId));
        return FORM_VIEW;
    }

    private String reopenPage(CallView call, Model model) {
        pages.manage(call.planId(), model);
        model.addAttribute("call", call);
        return REOPEN_VIEW;
    }
}
