package it.zona.plan;

import it.zona.shared.PlainText;
import it.zona.shared.PlatformConfig;
import it.zona.shared.RuleViolationException;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.support.DefaultMessageSourceResolvable;

@Entity
@Table(name = "plan")
class Plan {

    static final int MAX_YEARS = 5;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long districtId;
    private String title;
    private int firstYear;
    private int lastYear;
    private Long previousPlanId;

    @Enumerated(EnumType.STRING)
    private PlanStage stage;

    @Embedded
    private LaunchEvent launch;

    private LocalDate actsDeadline;

    @Version
    private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "plan_transition", joinColumns = @JoinColumn(name = "plan_id"))
    @OrderColumn(name = "position")
    private List<Transition> history = new ArrayList<>();

    protected Plan() {}

    Plan(long districtId, PlanForm form, String actor, Instant now) {
        this.districtId = districtId;
        this.stage = PlanStage.LAUNCH;
        apply(form);
        // A plan entered after its public launch starts its history on the day of the launch.
        LocalDate started =
                launch != null && launch.date() != null ? launch.date() : LocalDate.ofInstant(now, PlatformConfig.ZONE);
        history.add(new Transition(null, PlanStage.LAUNCH, started, null, null, actor, now));
    }

    void apply(PlanForm form) {
        requirePeriod(form.firstYear(), form.lastYear());
        this.title = form.title().strip();
        this.firstYear = form.firstYear();
        this.lastYear = form.lastYear();
        this.previousPlanId = form.previousPlanId();
        LaunchEvent event = new LaunchEvent(
                form.launchDate(),
                form.launchTime(),
                PlainText.blankToNull(form.launchPlace()),
                PlainText.blankToNull(form.launchDescription()));
        this.launch = event.isEmpty() ? null : event;
        this.actsDeadline = form.actsDeadline();
    }

    /**
     * Moves the plan along its iter, refusing a stage that may not follow the current one. The act
     * is one Zona holds ({@code held}) or one taken outside it, named in {@code external}; the mayors'
     * approval and the agreement's entry into force cannot be recorded without their act.
     */
    void moveTo(PlanStage to, LocalDate decidedOn, PlanAct held, String external, String actor, Instant now) {
        if (!stage.canMoveTo(to)) {
            throw RuleViolationException.conflict(
                    "to", "error.plan.illegalTransition", stageName(stage), stageName(to));
        }
        String named = PlainText.blankToNull(external);
        if (held != null && named != null) {
            throw RuleViolationException.invalid("act", "error.plan.actTwice");
        }
        if (held == null && named == null && to.needsAct()) {
            throw RuleViolationException.invalid("actLink", "error.plan.actRequired", stageName(to));
        }
        LocalDate today = LocalDate.ofInstant(now, PlatformConfig.ZONE);
        if (decidedOn.isAfter(today)) {
            throw RuleViolationException.invalid("decidedOn", "error.plan.transitionInFuture");
        }
        if (held != null && decidedOn.isBefore(held.date())) {
            throw RuleViolationException.invalid("decidedOn", "error.plan.transitionBeforeAct", held.date());
        }
        // The creation entry only says when the plan was entered, which may be long after its real
        // iter began (an office records a plan already under way), so only decisions are compared.
        history.stream()
                .filter(step -> step.from() != null)
                .reduce((first, second) -> second)
                .filter(last -> decidedOn.isBefore(last.decidedOn()))
                .ifPresent(last -> {
                    throw RuleViolationException.invalid(
                            "decidedOn", "error.plan.transitionBeforePrevious", last.decidedOn());
                });
        history.add(
                held == null
                        ? new Transition(stage, to, decidedOn, named, null, actor, now)
                        : new Transition(stage, to, decidedOn, held.label(), held.link(), actor, now));
        stage = to;
    }

    boolean overlaps(int otherFirst, int otherLast) {
        return firstYear <= otherLast && otherFirst <= lastYear;
    }

    boolean covers(int year) {
        return year >= firstYear && year <= lastYear;
    }

    /** A stage's name for a message, in the reader's language. */
    static DefaultMessageSourceResolvable stageName(PlanStage stage) {
        return new DefaultMessageSourceResolvable("planStage." + stage);
    }

    private static void requirePeriod(int first, int last) {
        if (last < first) {
            throw RuleViolationException.invalid("lastYear", "error.plan.periodReversed");
        }
        if (last - first + 1 > MAX_YEARS) {
            throw RuleViolationException.invalid("lastYear", "error.plan.periodTooLong", MAX_YEARS);
        }
    }

    Long id() {
        return id;
    }

    long districtId() {
        return districtId;
    }

    String title() {
        return title;
    }

    int firstYear() {
        return firstYear;
    }

    int lastYear() {
        return lastYear;
    }

    Long previousPlanId() {
        return previousPlanId;
    }

    PlanStage stage() {
        return stage;
    }

    LaunchEvent launch() {
        return launch;
    }

    LocalDate actsDeadline() {
        return actsDeadline;
    }

    long version() {
        return version;
    }

    List<Transition> history() {
        return List.copyOf(history);
    }
}
