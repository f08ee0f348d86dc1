package it.zona.opendata;

import it.zona.district.DistrictRef;
import it.zona.district.DistrictRegistry;
import it.zona.shared.web.PublicPage;
import it.zona.shared.web.PublicPages;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The open data pages: the installation's (its Districts, the datasets each publishes, the licence
 * and the catalogue), a District's (its datasets with their last change and files) and a dataset's
 * (its columns with their types and meanings). Public, kept in memory like the other public pages.
 */
@Controller
class OpenDataController {

    static final int PAGE_SIZE = 24;

    private final OpenDatasets datasets;
    private final DistrictRegistry districts;
    private final DatasetTexts texts;

    OpenDataController(OpenDatasets datasets, DistrictRegistry districts, DatasetTexts texts) {
        this.datasets = datasets;
        this.districts = districts;
        this.texts = texts;
    }

    /** The address of a District's dataset page, to which {@code .csv} or {@code .json} adds its files. */
    static String page(String slug, String key) {
        return "/districts/" + slug + "/open-data/" + key;
    }

    @PublicPage
    @GetMapping("/open-data")
    String installation(@RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute(
                "datasets",
                datasets.all().stream()
                        .map(dataset -> texts.page(dataset, null))
                        .toList());
        model.addAttribute("districts", districts.search("", page, PAGE_SIZE));
        return "opendata/installation";
    }

    @PublicPage
    @GetMapping("/districts/{slug}/open-data")
    String district(@PathVariable String slug, Model model) {
        DistrictRef district = shown(slug, model);
        Instant changed = datasets.lastModified(district.id()).orElse(null);
        List<DatasetPage> views = datasets.all().stream()
                .map(dataset -> texts.page(dataset, changed))
                .toList();
        model.addAttribute("datasets", views);
        model.addAttribute("lastModified", changed);
        return "opendata/district";
    }

    @PublicPage
    @GetMapping("/districts/{slug}/open-data/{key}")
    String dataset(@PathVariable String slug, @PathVariable String key, Model model) {
        DistrictRef district = shown(slug, model);
        OpenDataset dataset = datasets.find(key)
                .orElseThrow(() -> new it.zona.shared.NotFoundException("error.opendata.datasetNotFound", key));
        Instant changed = datasets.lastModified(district.id()).orElse(null);
        model.addAttribute("dataset", texts.page(dataset, changed));
        model.addAttribute("lastModified", changed);
        return "opendata/dataset";
    }

    private DistrictRef shown(String slug, Model model) {
        DistrictRef district = districts.ref(slug);
        PublicPages.about(district.id());
        model.addAttribute("district", district);
        return district;
    }
}
