package it.zona.portal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import it.zona.district.DistrictRegistry;
import it.zona.district.DistrictSummary;
import it.zona.shared.PageView;
import it.zona.shared.web.PublicPage;
import it.zona.shared.web.Versions;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/districts")
@Tag(name = "Districts")
class PublicDistrictRestController {

    private final PublicDistricts publicDistricts;
    private final DistrictRegistry districts;

    PublicDistrictRestController(PublicDistricts publicDistricts, DistrictRegistry districts) {
        this.publicDistricts = publicDistricts;
        this.districts = districts;
    }

    @PublicPage
    @GetMapping
    @Operation(
            summary = "The Districts hosted by this installation, by name, a page at a time (public)",
            description = "q keeps the Districts whose name, municipalities, provinces or regions contain it"
                    + " (accents and case aside). Each item is a summary: GET /api/v1/districts/{slug} has the rest.")
    PageView<DistrictSummary> list(
            @RequestParam(name = "q", required = false) String query,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return districts.search(query, page, size);
    }

    @GetMapping("/{slug}")
    @Operation(summary = "A District with its municipalities, governing bodies and offices (public)")
    ResponseEntity<PublicDistrict> get(@PathVariable String slug) {
        PublicDistrict page = publicDistricts.page(slug);
        return Versions.withEtag(page, page.district().version());
    }
}
