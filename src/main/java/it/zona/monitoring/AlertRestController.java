package it.zona.monitoring;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Monitoring")
class AlertRestController {

    private final Alerts alerts;

    AlertRestController(Alerts alerts) {
        this.alerts = alerts;
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
