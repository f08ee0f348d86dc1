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
    private final PoggiardoProgramme programme;
    private final PoggiardoChaptersDemo chapters;

    PoggiardoPlanDemo(PlanRegistry plans, PoggiardoProgramme programme, PoggiardoChaptersDemo chapters) {
        this.plans = plans;
        this.programme = programme;
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
        LocalDate drafted = iter(previous.id(), LocalDate.of(2021, 9, 15), PlanStage.DRAFTING);
        programme.previous(previous.id());
        iter(previous.id(), drafted, PlanStage.CLOSED);
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
        drafted = iter(current.id(), LocalDate.of(2023, 9, 22), PlanStage.DRAFTING);
        programme.current(current.id());
        chapters.write(current.id());
        // The mayors approve it at their sitting and the agreement takes it to implementation:
        // PoggiardoSittingsDemo and PoggiardoAgreementDemo record those steps with their acts.
        iter(current.id(), drafted, PlanStage.APPROVAL);
    }

    /**
     * Takes a plan from the stage it is in to the stage given, one act a few weeks after the other;
     * answers the day of the last act. The content is written while drafting, before the mayors
     * approve the plan, as an Ufficio di Piano does.
     */
    private LocalDate iter(long planId, LocalDate from, PlanStage until) {
        LocalDate day = from;
        PlanStage current = plans.view(planId).stage();
        for (PlanStage stage : PlanStage.values()) {
            if (stage.compareTo(current) <= 0) {
                continue;
            }
            day = day.plusWeeks(stage == PlanStage.MONITORING || stage == PlanStage.EVALUATION ? 40 : 4);
            plans.moveTo(
                    planId,
                    new TransitionForm(stage, day, act(stage, stage.ordinal(), day), null, null),
                    plans.view(planId).version());
            if (stage == until) {
                break;
            }
        }
        return day;
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
