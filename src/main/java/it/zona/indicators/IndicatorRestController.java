package it.zona.indicators;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import it.zona.plan.PlanChange;
import it.zona.shared.NotFoundException;
import it.zona.shared.PageView;
import it.zona.shared.web.Versions;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Indicators")
class IndicatorRestController {

    private final IndicatorRegistry indicators;

    IndicatorRestController(IndicatorRegistry indicators) {
        this.indicators = indicators;
    }

    @GetMapping("/plans/{planId}/indicators")
    @Operation(
            summary = "The plan's indicators with the status of each year, filtered by area (its sub-areas"
                    + " included), kind and status in the year asked (by default the latest year of the plan,"
                    + " up to this one, with a measurement), a page at a time (public once the plan is)")
    PageView<IndicatorView> list(
            @PathVariable long planId,
            @RequestParam(required = false) Long area,
            @RequestParam(required = false) IndicatorKind kind,
            @RequestParam(required = false) IndicatorStatus status,
            @RequestParam(required = false) Integer year,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(required = false) Integer size) {
        return indicators.page(
                planId,
                new IndicatorFilter(area, kind, status),
                year,
                page,
                PageView.size(size, IndicatorRegistry.PAGE_SIZE));
    }

    @PostMapping("/plans/{planId}/indicators")
    @Operation(
            summary = "Add an indicator to an objective (objectiveId) or an intervention (interventionId) of the"
                    + " plan, with its targets by year; a target without a value is none (plan editor before"
                    + " approval, admin with a reason after)")
    ResponseEntity<IndicatorView> create(
            @PathVariable long planId,
            @RequestHeader(name = PlanChange.REASON_HEADER, required = false) String reason,
            @Valid @RequestBody IndicatorForm form) {
        IndicatorView created = indicators.create(planId, form, reason);
        return ResponseEntity.created(URI.create("/api/v1/indicators/" + created.id()))
                .header(HttpHeaders.ETAG, Versions.etag(created.version()))
                .body(created);
    }

    @GetMapping("/indicators/{indicatorId}")
    @Operation(summary = "One indicator with the status of each year, in the shape a change sends back")
    ResponseEntity<IndicatorView> get(@PathVariable long indicatorId) {
        IndicatorView indicator = indicators.get(indicatorId);
        return Versions.withEtag(indicator, indicator.version());
    }

    @PutMapping("/indicators/{indicatorId}")
    @Operation(summary = "Change an indicator and its targets; send If-Match or version")
    ResponseEntity<IndicatorView> update(
            @PathVariable long indicatorId,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestHeader(name = PlanChange.REASON_HEADER, required = false) String reason,
            @Valid @RequestBody IndicatorForm form) {
        IndicatorView updated =
                indicators.update(indicatorId, form, Versions.expected(ifMatch, form.version()), reason);
        return Versions.withEtag(updated, updated.version());
    }

    @DeleteMapping("/indicators/{indicatorId}")
    @Operation(summary = "Delete an indicator; refused (409) while it has measurements")
    ResponseEntity<Void> delete(
            @PathVariable long indicatorId,
            @RequestHeader(name = PlanChange.REASON_HEADER, required = false) String reason) {
        indicators.delete(indicatorId, reason);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/indicators/{indicatorId}/measurements")
    @Operation(
            summary = "The indicator's measurements, newest first, corrected ones included (correctedBy);"
                    + " who recorded each is shown to the District's staff only")
    List<MeasurementView> measurements(@PathVariable long indicatorId) {
        return indicators.history(indicatorId);
    }

    @GetMapping("/indicators/{indicatorId}/measurements/{measurementId}")
    @Operation(summary = "One measurement of the indicator")
    MeasurementView measurement(@PathVariable long indicatorId, @PathVariable long measurementId) {
        return indicators.history(indicatorId).stream()
                .filter(m -> m.id() == measurementId)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("error.measurement.notFound", measurementId));
    }

    @PostMapping("/indicators/{indicatorId}/measurements")
    @Operation(
            summary = "Record a measurement (District editor); a correction names the measurement it corrects"
                    + " in corrects and says why in note. Measurements are never changed nor deleted")
    ResponseEntity<MeasurementView> record(@PathVariable long indicatorId, @Valid @RequestBody MeasurementForm form) {
        MeasurementView recorded = indicators.record(indicatorId, form);
        return ResponseEntity.created(
                        URI.create("/api/v1/indicators/" + indicatorId + "/measurements/" + recorded.id()))
                .body(recorded);
    }
}
