package it.zona.demo;

import it.zona.plan.PlanForm;
import it.zona.plan.PlanRegistry;
import it.zona.plan.PlanStage;
import it.zona.plan.PlanView;
import it.zona.plan.TransitionForm;
import java.time.LocalDate;
import java.time.LocalTime;
import org.springframework.stereotype.Component;

/**
 * The plans of the demo Ambito: the Piano sociale di zona 2024-2026, being implemented, and the
 * shorter plan 2022-2023 before it, closed. Dates, acts and figures are fictitious.
 */
@Component
class PoggiardoPlanDemo {

    private final PlanRegistry plans;
    private final PoggiardoChaptersDemo chapters;

    PoggiardoPlanDemo(PlanRegistry plans, PoggiardoChaptersDemo chapters) {
        this.plans = plans;
        this.chapters = chapters;
    }

    void load() {
        PlanView previous = plans.create(
                PoggiardoDemo.SLUG,
                new PlanForm(
                        "Piano sociale di zona 2022-2023",
                        2022,
                        2023,
                        null,
                        LocalDate.of(2021, 9, 15),
                        LocalTime.of(17, 0),
                        "Sala consiliare del Comune di Poggiardo",
                        null,
                        LocalDate.of(2021, 12, 31),
                        null));
        iter(previous.id(), LocalDate.of(2021, 9, 15), PlanStage.CLOSED);
        PlanView current = plans.create(
                PoggiardoDemo.SLUG,
                new PlanForm(
                        "Piano sociale di zona 2024-2026",
                        2024,
                        2026,
                        previous.id(),
                        LocalDate.of(2023, 9, 22),
                        LocalTime.of(17, 30),
                        "Palazzo Guarini, Poggiardo",
                        "Incontro pubblico di avvio della programmazione: presentazione dei dati del territorio e "
                                + "del calendario dei tavoli tematici, aperto a cittadini, terzo settore, sindacati e "
                                + "ASL (evento fittizio).",
                        LocalDate.of(2023, 12, 31),
                        null));
        iter(current.id(), LocalDate.of(2023, 9, 22), PlanStage.IMPLEMENTATION);
        chapters.write(current.id());
    }

    /** Takes a plan from launch to the stage given, one act a few weeks after the other. */
    private void iter(long planId, LocalDate launched, PlanStage until) {
        LocalDate day = launched;
        int act = 1;
        for (PlanStage stage : PlanStage.values()) {
            if (stage == PlanStage.LAUNCH) {
                continue;
            }
            day = day.plusWeeks(stage == PlanStage.MONITORING || stage == PlanStage.EVALUATION ? 40 : 4);
            plans.moveTo(
                    planId,
                    new TransitionForm(stage, day, act(stage, act++, day), null),
                    plans.view(planId).version());
            if (stage == until) {
                return;
            }
        }
    }

    private static String act(PlanStage stage, int number, LocalDate day) {
        String date = "%02d/%02d/%d".formatted(day.getDayOfMonth(), day.getMonthValue(), day.getYear());
        String body = switch (stage) {
            case APPROVAL, AGREEMENT, CLOSED -> "Delibera del Coordinamento istituzionale";
            default -> "Determina del Responsabile dell’Ufficio di Piano";
        };
        return body + " n. " + number + " del " + date + " (atto fittizio)";
    }
}
