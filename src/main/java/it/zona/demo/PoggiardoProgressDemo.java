package it.zona.demo;

import it.zona.plan.PlanRegistry;
import it.zona.programme.InterventionRegistry;
import it.zona.programme.InterventionView;
import it.zona.progress.ImplementationStatus;
import it.zona.progress.InterventionProgress;
import it.zona.progress.ProgressEntryForm;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The progress of a few interventions of the plan 2024-2026 as the office's editor writes it: one
 * completed, one in progress beside what the elderly table said of it, one suspended. Facts fictitious.
 */
@Component
class PoggiardoProgressDemo {

    private final PlanRegistry plans;
    private final InterventionRegistry interventions;
    private final InterventionProgress progress;

    PoggiardoProgressDemo(PlanRegistry plans, InterventionRegistry interventions, InterventionProgress progress) {
        this.plans = plans;
        this.interventions = interventions;
        this.progress = progress;
    }

    void load() {
        long plan = plans.list(PoggiardoDemo.SLUG).stream()
                .filter(p -> p.firstYear() == 2024)
                .findFirst()
                .orElseThrow()
                .id();
        Map<String, Long> intervention = interventions.list(plan).stream()
                .collect(Collectors.toMap(InterventionView::title, InterventionView::id, (a, b) -> a));
        Authentication before = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(PoggiardoDemo.EDITOR, null, List.of()));
        try {
            long centre = intervention.get("Centro per le famiglie “Il Faro”");
            entry(
                    centre,
                    2024,
                    2,
                    15,
                    "Affidata la gestione con avviso pubblico (fatto fittizio).",
                    ImplementationStatus.IN_PROGRESS,
                    20);
            entry(centre, 2024, 5, 20, "Arredati i locali messi a disposizione dal Comune di Poggiardo.", null, 70);
            entry(
                    centre,
                    2024,
                    9,
                    2,
                    "Il Centro è aperto tre giorni a settimana.",
                    ImplementationStatus.COMPLETED,
                    100);

            long home = intervention.get("Servizio di assistenza domiciliare (SAD)");
            entry(
                    home,
                    2024,
                    1,
                    8,
                    "Rinnovato l’accreditamento degli enti gestori (fatto fittizio).",
                    ImplementationStatus.IN_PROGRESS,
                    15);
            entry(home, 2024, 12, 20, "Lista d’attesa scesa da 38 a 12 persone.", null, 45);
            entry(home, 2025, 7, 10, "Avviata l’integrazione con le cure domiciliari dell’ASL.", null, 60);

            long afterUs = intervention.get("Dopo di noi: gruppo appartamento a Uggiano la Chiesa");
            entry(
                    afterUs,
                    2024,
                    4,
                    3,
                    "Progetto esecutivo approvato (fatto fittizio).",
                    ImplementationStatus.IN_PROGRESS,
                    25);
            entry(
                    afterUs,
                    2025,
                    3,
                    18,
                    "Lavori fermi in attesa della variante al progetto.",
                    ImplementationStatus.SUSPENDED,
                    null);
        } finally {
            SecurityContextHolder.getContext().setAuthentication(before);
        }
    }

    private void entry(
            long interventionId,
            int year,
            int month,
            int day,
            String text,
            ImplementationStatus status,
            Integer percent) {
        progress.add(interventionId, new ProgressEntryForm(LocalDate.of(year, month, day), text, status, percent));
    }
}
