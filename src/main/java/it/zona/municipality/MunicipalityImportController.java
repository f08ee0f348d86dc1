package it.zona.municipality;

import it.zona.identity.Access;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** The platform admin's page for re-importing the ISTAT list. */
@Controller
@RequestMapping("/admin/municipalities")
class MunicipalityImportController {

    static final String VIEW = "municipality/import";

    private final MunicipalityRegistry catalog;
    private final MunicipalityImport importer;
    private final Access access;

    MunicipalityImportController(MunicipalityRegistry catalog, MunicipalityImport importer, Access access) {
        this.catalog = catalog;
        this.importer = importer;
        this.access = access;
    }

    @GetMapping
    String importForm(Model model) {
        access.requirePlatformAdmin();
        model.addAttribute("summary", catalog.summary());
        return VIEW;
    }

    /** The report is shown straight away: it describes this upload only and is not kept. */
    @PostMapping
    String importFile(@RequestParam(name = "file", required = false) MultipartFile file, Model model)
            throws IOException {
        access.requirePlatformAdmin();
        if (file == null || file.isEmpty()) {
            model.addAttribute("fileError", "municipality.import.noFile");
        } else {
            model.addAttribute(
                    "report", importer.importCsv(new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)));
        }
        model.addAttribute("summary", catalog.summary());
        return VIEW;
    }
}
