package it.zona.monitoring;

import it.zona.district.DistrictAccess;
import it.zona.district.DistrictRegistry;
import it.zona.identity.DistrictRole;
import it.zona.plan.PlanRegistry;
import it.zona.plan.PlanView;
import it.zona.shared.OfficialDocumentIssued;
import it.zona.shared.PlatformConfig;
import it.zona.shared.RuleViolationException;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The annual monitoring reports of a plan: written from the data whenever asked, by whoever may read
 * the plan; frozen by the District's admin as an official document, which the District's archive
 * keeps with its exact bytes (a later freeze of the same year is its next version).
 */
@Service
@Transactional
public class MonitoringReports {

    private final MonitoringReport report;
    private final PlanRegistry plans;
    private final DistrictRegistry districts;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    MonitoringReports(
            MonitoringReport report,
            PlanRegistry plans,
            DistrictRegistry districts,
            ApplicationEventPublisher events,
            Clock clock) {
        this.report = report;
        this.plans = plans;
        this.districts = districts;
        this.events = events;
        this.clock = clock;
    }

    /** A report as a file: its name and its bytes. */
    public record Pdf(String fileName, byte[] content) {}

    @Transactional(readOnly = true)
    Pdf pdf(long planId, int year) {
        PlanView plan = plans.readableView(planId);
        return new Pdf(MonitoringReport.fileName(plan, year), report.write(plan, year));
    }

    /** Freezes the year's report as an official document (the District's admin, once the plan is approved). */
    public Pdf freeze(long planId, int year) {
        PlanView plan = plans.readableView(planId);
        DistrictAccess district = districts.authorize(plan.districtSlug(), DistrictRole.ADMIN);
        if (!plan.stage().isPastApproval()) {
            throw RuleViolationException.conflict(null, "error.monitoring.reportBeforeApproval");
        }
        Pdf pdf = pdf(planId, year);
        String title = "Relazione di monitoraggio " + year + " – " + plan.title();
        events.publishEvent(new OfficialDocumentIssued(
                district.id(),
                OfficialDocumentIssued.Kind.MONITORING_REPORT,
                "monitoring-report:" + planId + ":" + year,
                title,
                null,
                planId,
                true,
                LocalDate.now(clock.withZone(PlatformConfig.ZONE)),
                "/plans/" + planId + "/attuazione",
                pdf.fileName(),
                "application/pdf",
                pdf.content()));
        return pdf;
    }
}
