package it.zona.archive;

import it.zona.district.DistrictAccess;
import it.zona.district.DistrictRegistry;
import it.zona.district.DistrictView;
import it.zona.governance.GovernanceRegistry;
import it.zona.identity.Access;
import it.zona.identity.DistrictRole;
import it.zona.plan.PlanRegistry;
import it.zona.shared.OfficialDocumentIssued.Kind;
import it.zona.shared.web.Flash;
import it.zona.shared.web.Forms;
import it.zona.shared.web.PublicPage;
import it.zona.shared.web.PublicPages;
import jakarta.validation.Valid;
import java.util.Arrays;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The archive's pages: a District's official documents, searched by title and filtered by kind,
 * body, plan and year; each document with its versions and their SHA-256; and the editors' form to
 * keep an act taken outside Zona.
 */
@Controller
class ArchiveController {

    static final String LIST_VIEW = "archive/list";
    static final String DETAIL_VIEW = "archive/document";
    static final String UPLOAD_VIEW = "archive/upload";

    private final OfficialArchive archive;
    private final DistrictRegistry districts;
    private final GovernanceRegistry governance;
    private final PlanRegistry plans;
    private final Access access;

    ArchiveController(
            OfficialArchive archive,
            DistrictRegistry districts,
            GovernanceRegistry governance,
            PlanRegistry plans,
            Access access) {
        this.archive = archive;
        this.districts = districts;
        this.governance = governance;
        this.plans = plans;
        this.access = access;
    }

    @PublicPage
    @GetMapping("/districts/{slug}/archive")
    String list(
            @PathVariable String slug,
            @RequestParam(required = false) Kind kind,
            @RequestParam(required = false) Long body,
            @RequestParam(required = false) Long plan,
            @RequestParam(required = false) Integer year,
            @RequestParam(defaultValue = "") String q,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        DistrictView district = districts.view(slug);
        PublicPages.about(district.id());
        OfficialArchive.ArchiveFilter filter = new OfficialArchive.ArchiveFilter(kind, body, plan, year, q);
        model.addAttribute("district", district);
        model.addAttribute("kind", kind);
        model.addAttribute("body", body);
        model.addAttribute("plan", plan);
        model.addAttribute("year", year);
        model.addAttribute("q", q);
        model.addAttribute("filtered", filter.any());
        model.addAttribute("kinds", Kind.values());
        model.addAttribute("bodies", governance.list(slug));
        model.addAttribute("plans", plans.list(slug));
        model.addAttribute("years", archive.years(slug));
        model.addAttribute("documents", archive.search(slug, filter, page, OfficialArchive.PAGE_SIZE));
        model.addAttribute(
                "canUpload",
                access.roleIn(district.id())
                        .filter(r -> r.includes(DistrictRole.EDITOR))
                        .isPresent());
        return LIST_VIEW;
    }

    @PublicPage
    @GetMapping("/archive/{documentId}")
    String detail(@PathVariable long documentId, Model model) {
        OfficialArchive.ArchiveEntry entry = archive.get(documentId);
        PublicPages.about(entry.district().id());
        model.addAttribute("district", entry.district());
        model.addAttribute("document", entry.document());
        model.addAttribute("versions", entry.versions());
        return DETAIL_VIEW;
    }

    @PublicPage
    @GetMapping("/archive/{documentId}/file")
    ResponseEntity<byte[]> file(@PathVariable long documentId) {
        OfficialArchive.ArchivedBytes file = archive.file(documentId);
        return it.zona.shared.web.FileResponses.stored(
                file.name(), MediaType.parseMediaType(file.mediaType()), file.sha256(), file.content());
    }

    @GetMapping("/districts/{slug}/archive/new")
    String uploadForm(@PathVariable String slug, @RequestParam(required = false) Long replaces, Model model) {
        DistrictAccess district = districts.authorize(slug, DistrictRole.EDITOR);
        model.addAttribute("form", new UploadForm(null, "", null, "", null, replaces, null));
        return uploadPage(district, model);
    }

    @PostMapping("/districts/{slug}/archive")
    String upload(
            @PathVariable String slug,
            @Valid @ModelAttribute("form") UploadForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        DistrictAccess district = districts.authorize(slug, DistrictRole.EDITOR);
        return Forms.submit(
                errors,
                () -> {
                    ArchivedDocumentView kept = archive.upload(slug, form);
                    Flash.success(redirect, "archive.uploaded", kept.title());
                    return "redirect:/archive/" + kept.id();
                },
                () -> uploadPage(district, model));
    }

    private String uploadPage(DistrictAccess district, Model model) {
        model.addAttribute("district", districts.view(district.slug()));
        model.addAttribute(
                "kinds",
                Arrays.stream(Kind.values())
                        .filter(OfficialArchive.UPLOADABLE::contains)
                        .toList());
        model.addAttribute("plans", plans.list(district.slug()));
        model.addAttribute("maxMegabytes", OfficialArchive.MAX_UPLOAD_BYTES / (1024 * 1024));
        return UPLOAD_VIEW;
    }
}
