package it.zona.sitting;

import it.zona.district.DistrictRegistry;
import it.zona.district.DistrictView;
import it.zona.governance.GovernanceRegistry;
import it.zona.identity.Access;
import it.zona.identity.DistrictRole;
import it.zona.shared.Markdown;
import it.zona.shared.PageView;
import it.zona.shared.web.Flash;
import it.zona.shared.web.Formats;
import it.zona.shared.web.Forms;
import it.zona.shared.web.PublicPage;
import it.zona.shared.web.PublicPages;
import it.zona.shared.web.VersionForm;
import it.zona.shared.web.Versions;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The sittings' pages: a District's sittings and each sitting's public page (convocation, agenda
 * with outcomes and resolutions, attendance and quorum, votes by name), and the office's forms to
 * convene, change and cancel a sitting, record who attended, record the votes on an item and close
 * the vote on it.
 */
@Controller
class SittingController {

    static final String LIST_VIEW = "sitting/list";
    static final String DETAIL_VIEW = "sitting/sitting";
    static final String FORM_VIEW = "sitting/form";
    static final String CANCEL_VIEW = "sitting/cancel";
    static final String ATTENDANCE_VIEW = "sitting/attendance";
    static final String VOTES_VIEW = "sitting/votes";
    static final String DECISION_VIEW = "sitting/decision";

    private final SittingRegistry sittings;
    private final ResolutionNumbering numbering;
    private final ResolutionRegistry resolutions;
    private final QuorumRuleBook rules;
    private final PlanTies ties;
    private final DistrictRegistry districts;
    private final GovernanceRegistry governance;
    private final Access access;
    private final Formats formats;
    private final List<SittingPageSection> sections;

    SittingController(
            SittingRegistry sittings,
            ResolutionNumbering numbering,
            ResolutionRegistry resolutions,
            QuorumRuleBook rules,
            PlanTies ties,
            DistrictRegistry districts,
            GovernanceRegistry governance,
            Access access,
            Formats formats,
            List<SittingPageSection> sections) {
        this.sittings = sittings;
        this.numbering = numbering;
        this.resolutions = resolutions;
        this.rules = rules;
        this.ties = ties;
        this.districts = districts;
        this.governance = governance;
        this.access = access;
        this.formats = formats;
        this.sections = List.copyOf(sections);
    }

    /** An item of a sitting's page: its proposal as safe HTML, its votes by name, whether votes are weighed. */
    record ItemPage(SittingView.ItemView item, String proposalHtml, VotesView votes, boolean weighted) {}

    @InitBinder
    void binder(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @PublicPage
    @GetMapping("/districts/{slug}/sittings")
    String list(
            @PathVariable String slug,
            @RequestParam(required = false) Long body,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        DistrictView district = districts.view(slug);
        PublicPages.about(district.id());
        model.addAttribute("district", district);
        model.addAttribute("bodies", governance.list(slug));
        model.addAttribute("body", body);
        model.addAttribute("sittings", sittings.list(slug, body, page, SittingRegistry.PAGE_SIZE));
        model.addAttribute("canEdit", canEdit(district));
        return LIST_VIEW;
    }

    @PublicPage
    @GetMapping("/sittings/{sittingId}")
    String detail(@PathVariable long sittingId, Model model) {
        DistrictView district = sittings.districtOf(sittingId);
        PublicPages.about(district.id());
        SittingView sitting = sittings.get(sittingId);
        QuorumRulesView bodyRules =
                rules.view(district.slug(), sitting.governingBody().id());
        List<ItemPage> items = sitting.items().stream()
                .map(item -> new ItemPage(
                        item,
                        item.proposal() == null ? null : Markdown.html(item.proposal(), item.title()),
                        sittings.votes(sittingId, item.number()),
                        weighted(item, bodyRules)))
                .toList();
        model.addAttribute("district", district);
        model.addAttribute("sitting", sitting);
        model.addAttribute("items", items);
        SittingAttendanceView sheet = sittings.attendance(sittingId);
        model.addAttribute("sheet", sheet);
        model.addAttribute(
                "municipalityOf",
                sheet.entries().stream()
                        .filter(seat -> seat.municipalityName() != null)
                        .collect(Collectors.toMap(
                                SittingAttendanceView.SeatAttendance::personId,
                                SittingAttendanceView.SeatAttendance::municipalityName)));
        model.addAttribute("rules", bodyRules);
        boolean canEdit = canEdit(district);
        model.addAttribute("canEdit", canEdit);
        model.addAttribute("decided", hasDecided(sitting));
        sections.forEach(section -> section.addTo(sitting, canEdit, model));
        return DETAIL_VIEW;
    }

    @GetMapping("/districts/{slug}/sittings/new")
    String newSitting(@PathVariable String slug, @RequestParam(required = false) Long body, Model model) {
        districts.authorize(slug, DistrictRole.EDITOR);
        SittingPageForm form = SittingPageForm.empty(body);
        model.addAttribute("form", form);
        return formPage(districts.view(slug), null, form, model);
    }

    @PostMapping("/districts/{slug}/sittings/new")
    String convene(
            @PathVariable String slug,
            @Valid @ModelAttribute("form") SittingPageForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        districts.authorize(slug, DistrictRole.EDITOR);
        DistrictView district = districts.view(slug);
        form.checkRows(errors);
        return Forms.submit(
                errors,
                () -> {
                    SittingView created = form.send(agenda -> sittings.convene(slug, agenda));
                    Flash.success(
                            redirect,
                            "sitting.convened",
                            created.governingBody().name(),
                            formats.date(created.date()));
                    return "redirect:/sittings/" + created.id();
                },
                () -> formPage(district, null, form, model));
    }

    @GetMapping("/sittings/{sittingId}/edit")
    String edit(@PathVariable long sittingId, Model model) {
        DistrictView district = editable(sittingId);
        SittingView sitting = sittings.get(sittingId);
        SittingPageForm form = SittingPageForm.of(sitting);
        model.addAttribute("form", form);
        return formPage(district, sitting, form, model);
    }

    @PostMapping("/sittings/{sittingId}/edit")
    String update(
            @PathVariable long sittingId,
            @Valid @ModelAttribute("form") SittingPageForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        DistrictView district = editable(sittingId);
        SittingView sitting = sittings.get(sittingId);
        form.checkRows(errors);
        return Forms.submit(
                errors,
                () -> {
                    SittingView updated =
                            form.send(agenda -> sittings.update(sittingId, agenda, Versions.ofForm(form.version())));
                    Flash.success(redirect, "sitting.updated", formats.date(updated.date()));
                    return "redirect:/sittings/" + sittingId;
                },
                () -> formPage(district, sitting, form, model));
    }

    /** The confirmation page before cancelling a sitting. */
    @GetMapping("/sittings/{sittingId}/cancel")
    String confirmCancel(@PathVariable long sittingId, Model model) {
        DistrictView district = editable(sittingId);
        SittingView sitting = sittings.get(sittingId);
        model.addAttribute("form", new VersionForm(sitting.version()));
        return sittingPage(CANCEL_VIEW, district, sitting, model);
    }

    @PostMapping("/sittings/{sittingId}/cancel")
    String cancel(
            @PathVariable long sittingId,
            @ModelAttribute("form") VersionForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        DistrictView district = editable(sittingId);
        return Forms.submit(
                errors,
                () -> {
                    SittingView cancelled = sittings.cancel(sittingId, Versions.ofForm(form.version()));
                    Flash.success(redirect, "sitting.cancelled", formats.date(cancelled.date()));
                    return "redirect:/sittings/" + sittingId;
                },
                () -> sittingPage(CANCEL_VIEW, district, sittings.get(sittingId), model));
    }

    @GetMapping("/sittings/{sittingId}/attendance")
    String attendanceForm(@PathVariable long sittingId, Model model) {
        DistrictView district = editable(sittingId);
        SittingAttendanceView sheet = sittings.attendance(sittingId);
        model.addAttribute(
                "form",
                new SittingAttendanceForm(
                        sheet.call() == null ? Call.FIRST : sheet.call(),
                        sheet.entries().stream()
                                .map(e -> new SittingAttendanceForm.MemberAttendance(
                                        e.personId(), e.presence(), e.delegate(), e.delegation()))
                                .toList(),
                        sheet.version()));
        return attendancePage(district, sittingId, sheet, model);
    }

    @PostMapping("/sittings/{sittingId}/attendance")
    String recordAttendance(
            @PathVariable long sittingId,
            @Valid @ModelAttribute("form") SittingAttendanceForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        DistrictView district = editable(sittingId);
        return Forms.submit(
                errors,
                () -> {
                    SittingAttendanceView saved =
                            sittings.recordAttendance(sittingId, form, Versions.ofForm(form.version()));
                    Flash.success(
                            redirect,
                            saved.quorum() != null && saved.quorum().reached()
                                    ? "sitting.attendance.recordedWithQuorum"
                                    : "sitting.attendance.recordedWithoutQuorum");
                    return "redirect:/sittings/" + sittingId + "/attendance";
                },
                () -> attendancePage(district, sittingId, sittings.attendance(sittingId), model));
    }

    @GetMapping("/sittings/{sittingId}/items/{number}/votes")
    String votesForm(@PathVariable long sittingId, @PathVariable int number, Model model) {
        DistrictView district = editable(sittingId);
        VotesView votes = sittings.votes(sittingId, number);
        SittingAttendanceView sheet = sittings.attendance(sittingId);
        Map<Long, Choice> cast = votes.votes().stream()
                .collect(Collectors.toMap(VotesView.CastVote::personId, VotesView.CastVote::choice));
        model.addAttribute(
                "form",
                new VotesPageForm(
                        voters(sheet).stream()
                                .map(seat -> new VotesPageForm.Row(seat.personId(), cast.get(seat.personId())))
                                .toList(),
                        votes.version()));
        return votesPage(district, sittingId, votes, sheet, model);
    }

    @PostMapping("/sittings/{sittingId}/items/{number}/votes")
    String recordVotes(
            @PathVariable long sittingId,
            @PathVariable int number,
            @Valid @ModelAttribute("form") VotesPageForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        DistrictView district = editable(sittingId);
        VotesView votes = sittings.votes(sittingId, number);
        return Forms.submit(
                errors,
                () -> {
                    sittings.recordVotes(sittingId, number, form.toForm(), Versions.ofForm(form.version()));
                    Flash.success(redirect, "sitting.votes.recorded", Integer.toString(number));
                    return "redirect:/sittings/" + sittingId + "/items/" + number + "/votes";
                },
                () -> votesPage(district, sittingId, votes, sittings.attendance(sittingId), model));
    }

    /** The confirmation page before closing the vote on an item. */
    @GetMapping("/sittings/{sittingId}/items/{number}/decision")
    String confirmDecision(@PathVariable long sittingId, @PathVariable int number, Model model) {
        DistrictView district = editable(sittingId);
        VotesView votes = sittings.votes(sittingId, number);
        model.addAttribute("form", new VersionForm(votes.version()));
        return decisionPage(district, sittingId, votes, model);
    }

    @PostMapping("/sittings/{sittingId}/items/{number}/decision")
    String decide(
            @PathVariable long sittingId,
            @PathVariable int number,
            @ModelAttribute("form") VersionForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        DistrictView district = editable(sittingId);
        sittings.votes(sittingId, number); // an item not on the agenda: 404, as its page answers
        return Forms.submit(
                errors,
                () -> {
                    SittingView.ItemView decided = numbering.decide(sittingId, number, Versions.ofForm(form.version()));
                    if (decided.resolution() != null) {
                        Flash.success(
                                redirect,
                                "sitting.decision.approved",
                                Integer.toString(number),
                                Integer.toString(decided.resolution().number()),
                                formats.date(decided.resolution().adoptedOn()));
                    } else {
                        Flash.success(redirect, "sitting.decision.rejected", Integer.toString(number));
                    }
                    return "redirect:/sittings/" + sittingId;
                },
                () -> decisionPage(district, sittingId, sittings.votes(sittingId, number), model));
    }

    /** The District of a sitting its office changes: refused unless the user edits that District. */
    private DistrictView editable(long sittingId) {
        DistrictView district = sittings.districtOf(sittingId);
        districts.authorize(district.slug(), DistrictRole.EDITOR);
        return district;
    }

    /** Whether an item's votes weigh more than one each: as counted once decided, by the rules of today before. */
    private static boolean weighted(SittingView.ItemView item, QuorumRulesView rules) {
        WeightBasis basis =
                item.tally() == null ? rules.majorityBasis() : item.tally().basis();
        return basis != WeightBasis.HEADCOUNT;
    }

    /** A sitting that decided an item keeps its convocation and is not cancelled: the service refuses both. */
    private static boolean hasDecided(SittingView sitting) {
        return sitting.items().stream().anyMatch(item -> item.outcome() != null);
    }

    private boolean canEdit(DistrictView district) {
        return access.roleIn(district.id())
                .map(role -> role.includes(DistrictRole.EDITOR))
                .orElse(false);
    }

    /** Those who may vote: the seats attending, in person or by delegate. */
    private static List<SittingAttendanceView.SeatAttendance> voters(SittingAttendanceView sheet) {
        return sheet.entries().stream()
                .filter(e -> e.presence() != null && e.presence() != Presence.ABSENT)
                .toList();
    }

    private String sittingPage(String view, DistrictView district, SittingView sitting, Model model) {
        model.addAttribute("district", district);
        model.addAttribute("sitting", sitting);
        model.addAttribute("decided", hasDecided(sitting));
        return view;
    }

    private String formPage(DistrictView district, SittingView sitting, SittingPageForm form, Model model) {
        model.addAttribute("district", district);
        model.addAttribute("sitting", sitting);
        model.addAttribute("bodies", governance.list(district.slug()));
        // The resolutions an item may amend or revoke: the body's own once it is fixed.
        model.addAttribute(
                "resolutions",
                resolutions
                        .search(
                                district.slug(),
                                sitting == null ? null : sitting.governingBody().id(),
                                null,
                                null,
                                0,
                                PageView.MAX_SIZE)
                        .items());
        model.addAttribute("effects", Effect.values());
        model.addAttribute("decisions", ties.choices(district.slug(), form.ties()));
        model.addAttribute("decided", sitting != null && hasDecided(sitting));
        return FORM_VIEW;
    }

    private String attendancePage(DistrictView district, long sittingId, SittingAttendanceView sheet, Model model) {
        sittingPage(ATTENDANCE_VIEW, district, sittings.get(sittingId), model);
        model.addAttribute("sheet", sheet);
        model.addAttribute("presences", Presence.values());
        return ATTENDANCE_VIEW;
    }

    private String votesPage(
            DistrictView district, long sittingId, VotesView votes, SittingAttendanceView sheet, Model model) {
        SittingView sitting = sittings.get(sittingId);
        sittingPage(VOTES_VIEW, district, sitting, model);
        model.addAttribute("item", sitting.items().get(votes.number() - 1));
        model.addAttribute("votes", votes);
        model.addAttribute("sheet", sheet);
        model.addAttribute("voters", voters(sheet));
        model.addAttribute("choices", Choice.values());
        return VOTES_VIEW;
    }

    private String decisionPage(DistrictView district, long sittingId, VotesView votes, Model model) {
        SittingView sitting = sittings.get(sittingId);
        sittingPage(DECISION_VIEW, district, sitting, model);
        model.addAttribute("item", sitting.items().get(votes.number() - 1));
        model.addAttribute("votes", votes);
        model.addAttribute(
                "rules", rules.view(district.slug(), sitting.governingBody().id()));
        model.addAttribute(
                "counts",
                votes.votes().stream()
                        .collect(Collectors.groupingBy(vote -> vote.choice().name(), Collectors.counting())));
        return DECISION_VIEW;
    }
}
