package it.zona.document;

import it.zona.plan.PlanPages;
import it.zona.shared.web.Flash;
import it.zona.shared.web.Forms;
import it.zona.shared.web.PublicPage;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The approval of a year's programme: whether and by which act it is approved, its frozen versions,
 * and, for the District's admins once the plan is approved, the form that records the act.
 */
@Controller
class ProgrammeApprovalController {

    static final String VIEW = "document/programme-approval";

    private final ProgrammeApprovals approvals;
    private final PlanPages pages;

    ProgrammeApprovalController(ProgrammeApprovals approvals, PlanPages pages) {
        this.approvals = approvals;
        this.pages = pages;
    }

    @PublicPage
    @GetMapping("/plans/{id}/programme/{year}/approval")
    String page(@PathVariable long id, @PathVariable int year, Model model) {
        model.addAttribute("form", ProgrammeApprovalForm.empty());
        return approvalPage(id, year, model);
    }

    @PostMapping("/plans/{id}/programme/{year}/approval")
    String approve(
            @PathVariable long id,
            @PathVariable int year,
            @Valid @ModelAttribute("form") ProgrammeApprovalForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        return Forms.submit(
                errors,
                () -> {
                    OfficialDocumentView approved = approvals.approve(id, year, form);
                    Flash.success(redirect, "programme.approval.done", approved.title(), approved.sha256());
                    return "redirect:/plans/" + id + "/programme/" + year + "/approval";
                },
                () -> approvalPage(id, year, model));
    }

    private String approvalPage(long id, int year, Model model) {
        pages.read(id, model);
        model.addAttribute("year", year);
        model.addAttribute("versions", approvals.versions(id, year));
        boolean canApprove = approvals.canApprove(id);
        model.addAttribute("canApprove", canApprove);
        if (canApprove) {
            model.addAttribute("acts", approvals.acts(id, year));
        }
        return VIEW;
    }
}
