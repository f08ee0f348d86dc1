package it.zona.sitting;

import it.zona.plan.PlanFacts;
import it.zona.plan.PlanRegistry;
import it.zona.plan.PlanStage;
import it.zona.plan.PlanSummary;
import it.zona.shared.RuleViolationException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/**
 * The plans agenda items and resolutions decide on: which ties an item may have, and how a tie is
 * shown ({@link Decides}).
 */
@Component
class PlanTies {

    private final PlanRegistry plans;

    PlanTies(PlanRegistry plans) {
        this.plans = plans;
    }

    /** Checks the ties of one convocation's items, reading the District's plans once if an item names one. */
    Checker checker(String slug) {
        return new Checker(slug);
    }

    final class Checker {

        private final String slug;
        private Map<Long, PlanSummary> plans;

        private Checker(String slug) {
            this.slug = slug;
        }

        /**
         * The tie an item asks for, refused unless it names a plan of the District, open, and exactly
         * one of a stage its iter has still to reach or a year of its period. {@code field} is the
         * item's place in the form ({@code items[0]}).
         */
        PlanTie check(String field, Long planId, PlanStage stage, Integer year) {
            if (planId == null) {
                if (stage != null || year != null) {
                    throw RuleViolationException.invalid(field + ".planId", "error.sitting.decidesWithoutPlan");
                }
                return null;
            }
            if (stage != null && year != null) {
                throw RuleViolationException.invalid(field + ".programmeYear", "error.sitting.decidesBoth");
            }
            if (stage == null && year == null) {
                throw RuleViolationException.invalid(field + ".planStage", "error.sitting.decidesNothing");
            }
            if (plans == null) {
                plans = new HashMap<>();
                PlanTies.this.plans.list(slug).forEach(plan -> plans.put(plan.id(), plan));
            }
            PlanSummary plan = plans.get(planId);
            if (plan == null) {
                throw RuleViolationException.invalid(field + ".planId", "error.sitting.noSuchPlan");
            }
            if (plan.stage() == PlanStage.CLOSED) {
                throw RuleViolationException.invalid(field + ".planId", "error.sitting.planClosed");
            }
            if (stage != null && !ahead(plan, stage)) {
                throw RuleViolationException.invalid(field + ".planStage", "error.sitting.stageNotAhead");
            }
            if (year != null && (year < plan.firstYear() || year > plan.lastYear())) {
                throw RuleViolationException.invalid(
                        field + ".programmeYear", "error.programme.yearOutside", String.valueOf(year), plan.period());
            }
            return new PlanTie(planId, stage, year);
        }
    }

    /** An agenda is convened ahead: the stage may be further than the next one, never one passed. */
    private static boolean ahead(PlanSummary plan, PlanStage stage) {
        return stage != PlanStage.LAUNCH && stage.compareTo(plan.stage()) > 0;
    }

    /** A choice of the convocation page's select: the tie's value, the plan's name and the stage or year. */
    record Option(String value, String plan, PlanStage stage, Integer year) {

        static Option of(PlanSummary plan, PlanTie tie) {
            return new Option(tie.value(), plan.label(), tie.stage(), tie.year());
        }
    }

    /**
     * What the convocation's page offers an item to decide on: for each open plan of the District,
     * the latest first, the stages its iter has still to reach and the years of its programmes. The
     * ties the rows already have ({@code kept}) stay on offer though the plan has moved past them
     * since, so that the page shows what is stored and the refusal says why.
     */
    List<Option> choices(String slug, List<PlanTie> kept) {
        List<Option> choices = new ArrayList<>();
        Map<Long, PlanSummary> byId = new HashMap<>();
        for (PlanSummary plan : plans.list(slug)) {
            byId.put(plan.id(), plan);
            if (plan.stage() == PlanStage.CLOSED) {
                continue;
            }
            for (PlanStage stage : PlanStage.values()) {
                if (ahead(plan, stage)) {
                    choices.add(Option.of(plan, new PlanTie(plan.id(), stage, null)));
                }
            }
            for (int year = plan.firstYear(); year <= plan.lastYear(); year++) {
                choices.add(Option.of(plan, new PlanTie(plan.id(), null, year)));
            }
        }
        Set<String> offered = new HashSet<>();
        choices.forEach(choice -> offered.add(choice.value()));
        for (PlanTie tie : kept) {
            PlanSummary plan = byId.get(tie.planId());
            if (plan != null && offered.add(tie.value())) {
                choices.add(Option.of(plan, tie));
            }
        }
        return choices;
    }

    /**
     * Shows ties as {@link Decides}, reading each plan once however many items or resolutions name
     * it: one for a page of sittings or resolutions. The plan's name and period are public from its
     * launch, as an agenda is.
     */
    Function<PlanTie, Decides> reader() {
        Map<Long, PlanFacts> read = new HashMap<>();
        return tie -> {
            if (tie == null) {
                return null;
            }
            PlanFacts plan = read.computeIfAbsent(tie.planId(), plans::facts);
            return new Decides(plan.id(), plan.title(), plan.period(), tie.stage(), tie.year());
        };
    }
}
