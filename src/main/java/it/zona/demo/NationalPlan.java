package it.zona.demo;

import it.zona.plan.PlanForm;
import it.zona.plan.PlanRegistry;
import it.zona.plan.PlanStage;
import it.zona.plan.TransitionForm;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The plan of a generated District, the Piano sociale di zona 2025-2027, taken through its iter as
 * an Ufficio di Piano would: launched in the autumn of 2024, the tables heard, the content and the
 * budget written while drafting, then approved by the mayors, the agreement signed, and in
 * implementation from early 2025, public from the approval on.
 */
@Component
class NationalPlan {

    private final PlanRegistry plans;
    private final NationalProgramme programme;
    private final NationalBudget budget;
    private final DemoForms forms;

    NationalPlan(PlanRegistry plans, NationalProgramme programme, NationalBudget budget, DemoForms forms) {
        this.plans = plans;
        this.programme = programme;
        this.budget = budget;
        this.forms = forms;
    }

    void write(NationalDistrict district) {
        LocalDate launch = NationalDistrict.REFERENCE.plusDays(district.between(0, 30));
        String lead = district.lead().name();
        district.planId = plans.create(
                        district.slug(),
                        forms.valid(new PlanForm(
                                "Piano sociale di zona %d-%d"
                                        .formatted(NationalDistrict.FIRST_YEAR, NationalDistrict.LAST_YEAR),
                                NationalDistrict.FIRST_YEAR,
                                NationalDistrict.LAST_YEAR,
                                null,
                                launch,
                                district.pick(List.of(LocalTime.of(17, 0), LocalTime.of(17, 30), LocalTime.of(18, 0))),
                                "Sala consiliare del Comune di " + lead,
                                "Incontro pubblico di avvio della programmazione, aperto a cittadini, terzo settore, "
                                        + "sindacati e ASL (evento fittizio).",
                                LocalDate.of(NationalDistrict.FIRST_YEAR - 1, 12, 31),
                                null)))
                .id();
        LocalDate day = launch.plusWeeks(3);
        move(district, PlanStage.TABLES, day);
        day = day.plusWeeks(district.between(4, 6));
        move(district, PlanStage.DRAFTING, day);
        programme.write(district);
        budget.write(district);
        day = day.plusWeeks(district.between(4, 6));
        move(district, PlanStage.APPROVAL, day);
        day = day.plusWeeks(district.between(2, 4));
        move(district, PlanStage.AGREEMENT, day);
        day = day.plusWeeks(district.between(2, 4));
        move(district, PlanStage.IMPLEMENTATION, day);
    }

    private void move(NationalDistrict district, PlanStage stage, LocalDate day) {
        plans.moveTo(
                district.planId,
                forms.valid(new TransitionForm(stage, day, act(stage, day), null, null)),
                plans.view(district.planId).version());
    }

    private static String act(PlanStage stage, LocalDate day) {
        String body = switch (stage) {
            case APPROVAL, AGREEMENT -> "Delibera del Coordinamento istituzionale";
            default -> "Determina del Responsabile dell’Ufficio di Piano";
        };
        return "%s n. %d del %02d/%02d/%d (atto fittizio)"
                .formatted(body, stage.ordinal(), day.getDayOfMonth(), day.getMonthValue(), day.getYear());
    }
}
