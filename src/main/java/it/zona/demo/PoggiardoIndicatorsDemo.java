package it.zona.demo;

import it.zona.indicators.Direction;
import it.zona.indicators.IndicatorForm;
import it.zona.indicators.IndicatorKind;
import it.zona.indicators.IndicatorRegistry;
import it.zona.indicators.IndicatorView;
import it.zona.indicators.MeasurementForm;
import it.zona.indicators.MeasurementView;
import it.zona.plan.PlanRegistry;
import it.zona.programme.InterventionRegistry;
import it.zona.programme.InterventionView;
import it.zona.programme.ObjectiveRegistry;
import it.zona.programme.ObjectiveView;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Indicators of the plan 2024-2026, monitored in 2024 and in the first half of 2025: some reached,
 * some on track, some behind, one year without data, and one measurement corrected. The office's
 * admin defines them (the plan is past approval, so with a reason); its editor records the
 * measurements. Every figure is fictitious, and its source says so.
 */
@Component
class PoggiardoIndicatorsDemo {

    static final String REASON = "Caricamento dei dati dimostrativi (indicatori fittizi)";
    private static final String CARTELLA = "Cartella sociale dell’Ambito (dati fittizi)";

    private final PlanRegistry plans;
    private final ObjectiveRegistry objectives;
    private final InterventionRegistry interventions;
    private final IndicatorRegistry indicators;

    PoggiardoIndicatorsDemo(
            PlanRegistry plans,
            ObjectiveRegistry objectives,
            InterventionRegistry interventions,
            IndicatorRegistry indicators) {
        this.plans = plans;
        this.objectives = objectives;
        this.interventions = interventions;
        this.indicators = indicators;
    }

    void load() {
        long plan = plans.list(PoggiardoDemo.SLUG).stream()
                .filter(p -> p.firstYear() == 2024)
                .findFirst()
                .orElseThrow()
                .id();
        Map<String, Long> objective = objectives.list(plan).stream()
                .collect(Collectors.toMap(ObjectiveView::title, ObjectiveView::id, (a, b) -> a));
        Map<String, Long> intervention = interventions.list(plan).stream()
                .collect(Collectors.toMap(InterventionView::title, InterventionView::id, (a, b) -> a));

        IndicatorView childcare = define(
                plan,
                objective.get("Ampliare l’accesso ai servizi per la prima infanzia"),
                null,
                "Bambini di 0-2 anni che frequentano un servizio per l’infanzia",
                IndicatorKind.OUTCOME,
                "%",
                Direction.HIGHER_IS_BETTER,
                "14.5",
                "Istat, Offerta di asili nido (dati fittizi)",
                "17",
                "20",
                "24");
        IndicatorView families = define(
                plan,
                null,
                intervention.get("Assistenza educativa domiciliare per minori"),
                "Nuclei seguiti con l’educativa domiciliare",
                IndicatorKind.OUTPUT,
                "nuclei",
                Direction.HIGHER_IS_BETTER,
                "42",
                CARTELLA,
                "50",
                "60",
                "60");
        IndicatorView waiting = define(
                plan,
                null,
                intervention.get("Servizio di assistenza domiciliare (SAD)"),
                "Persone in lista d’attesa per il SAD",
                IndicatorKind.OUTCOME,
                "persone",
                Direction.LOWER_IS_BETTER,
                "38",
                CARTELLA,
                "0",
                "0",
                "0");
        IndicatorView alarm = define(
                plan,
                null,
                intervention.get("Telesoccorso e teleassistenza"),
                "Utenti del telesoccorso",
                IndicatorKind.OUTPUT,
                "utenti",
                Direction.HIGHER_IS_BETTER,
                "180",
                CARTELLA,
                "220",
                "260",
                "300");
        IndicatorView intake = define(
                plan,
                null,
                intervention.get("Servizio sociale professionale"),
                "Giorni dalla domanda alla presa in carico (media)",
                IndicatorKind.PROCESS,
                "giorni",
                Direction.LOWER_IS_BETTER,
                "30",
                CARTELLA,
                "25",
                "20",
                "15");
        IndicatorView athome = define(
                plan,
                objective.get("Sostenere la permanenza a casa degli anziani non autosufficienti"),
                null,
                "Anziani con più di 75 anni assistiti a domicilio ogni 100",
                IndicatorKind.OUTCOME,
                "%",
                Direction.HIGHER_IS_BETTER,
                "3.1",
                "Elaborazione dell’Ufficio di Piano su dati ASL (dati fittizi)",
                "3.5",
                "4",
                "4.5");

        Authentication before = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(PoggiardoDemo.EDITOR, null, List.of()));
        try {
            measure(childcare, 2024, null, "17.4", "Istat (dati fittizi)", null, null);
            measure(
                    childcare,
                    2025,
                    LocalDate.of(2025, 6, 30),
                    "16.8",
                    "Rilevazione dell’Ufficio di Piano (dati fittizi)",
                    null,
                    null);
            measure(families, 2024, null, "52", CARTELLA, null, null);
            measure(families, 2025, LocalDate.of(2025, 6, 30), "55", CARTELLA, "Nuclei seguiti dal 1° gennaio.", null);
            MeasurementView wrong = measure(waiting, 2024, LocalDate.of(2024, 12, 31), "21", CARTELLA, null, null);
            measure(
                    waiting,
                    2024,
                    LocalDate.of(2024, 12, 31),
                    "12",
                    CARTELLA,
                    "Il primo dato contava anche le domande ritirate (correzione dimostrativa).",
                    wrong.id());
            measure(waiting, 2025, LocalDate.of(2025, 6, 30), "9", CARTELLA, null, null);
            measure(alarm, 2024, null, "205", "Gestore del servizio (dati fittizi)", null, null);
            measure(alarm, 2025, LocalDate.of(2025, 6, 30), "215", "Gestore del servizio (dati fittizi)", null, null);
            measure(intake, 2024, null, "24", CARTELLA, null, null);
            measure(athome, 2024, null, "3.6", "ASL (dati fittizi)", null, null);
        } finally {
            SecurityContextHolder.getContext().setAuthentication(before);
        }
    }

    private IndicatorView define(
            long plan,
            Long objectiveId,
            Long interventionId,
            String name,
            IndicatorKind kind,
            String unit,
            Direction direction,
            String baseline,
            String source,
            String... targets) {
        if (objectiveId == null && interventionId == null) {
            throw new IllegalStateException("The demo programme has no subject for " + name);
        }
        List<IndicatorForm.Target> byYear = new ArrayList<>();
        for (int i = 0; i < targets.length; i++) {
            byYear.add(new IndicatorForm.Target(2024 + i, new BigDecimal(targets[i])));
        }
        return indicators.create(
                plan,
                new IndicatorForm(
                        objectiveId,
                        interventionId,
                        name,
                        null,
                        kind,
                        unit,
                        direction,
                        new BigDecimal(baseline),
                        2023,
                        source,
                        byYear,
                        null),
                REASON);
    }

    private MeasurementView measure(
            IndicatorView indicator, int year, LocalDate day, String value, String source, String note, Long corrects) {
        return indicators.record(
                indicator.id(),
                new MeasurementForm(year, null, null, day, new BigDecimal(value), source, note, corrects));
    }
}
