package it.zona.monitoring;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import it.zona.shared.web.FileResponses;
import java.util.List;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Monitoring")
class MonitoringRestController {

    private final Alerts alerts;
    private final MonitoringReports reports;

    MonitoringRestController(Alerts alerts, MonitoringReports reports) {
        this.alerts = alerts;
        this.reports = reports;
    }

    @GetMapping(value = "/plans/{id}/monitoring-report.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(
            summary = "The plan's monitoring report of a year as PDF/A, written from the data now: the year's money"
                    + " by source and area, and area by area each intervention's objective, money and indicators"
                    + " (whoever may read the plan)")
    ResponseEntity<byte[]> report(@PathVariable long id, @RequestParam int year) {
        MonitoringReports.Pdf pdf = reports.pdf(id, year);
        return FileResponses.inline(pdf.fileName(), MediaType.APPLICATION_PDF, pdf.content());
    }

    /** A report frozen as an official document: its file's name and size; the archive keeps it. */
    @Schema(name = "FrozenMonitoringReport")
    record FrozenReport(String fileName, int bytes) {}

    @PostMapping("/plans/{id}/monitoring-reports/{year}")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Freeze the plan's monitoring report of a year as an official document, kept in the"
                    + " District's archive; a second freeze of a year is its next version (District admin)")
    FrozenReport freeze(@PathVariable long id, @PathVariable int year) {
        MonitoringReports.Pdf pdf = reports.freeze(id, year);
        return new FrozenReport(pdf.fileName(), pdf.content().length);
    }

    /**
     * An alert as the API gives it: its kind, plan and subject for a program, its message in the
     * language asked (Accept-Language), and the page where it is fixed.
     */
    @Schema(name = "MonitoringAlert")
    record AlertItem(String kind, long planId, String subject, String message, String link) {}

    @GetMapping("/districts/{slug}/alerts")
    @Operation(
            summary = "The District's standing alerts, computed from its data now: payments lagging behind the"
                    + " year, commitments over the allowance, indicators behind target, minutes not approved"
                    + " (District viewer)")
    List<AlertItem> list(@PathVariable String slug) {
        return alerts.said(alerts.of(slug), LocaleContextHolder.getLocale()).stream()
                .map(s -> new AlertItem(
                        s.alert().kind().name(),
                        s.alert().planId(),
                        s.alert().subject(),
                        s.message(),
                        s.alert().link()))
                .toList();
    }
}
