package it.zona.sitting;

import it.zona.shared.RuleViolationException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.validation.BindingResult;

/**
 * A convocation as its page sends it: {@link SittingForm} with the agenda as a fixed set of rows, so
 * that no script is needed to add one. Rows left blank are no items; a row with something written
 * needs its title. What an item decides on for a plan is one select ({@code decides}), its value a
 * {@link PlanTie}'s. The service's refusals about an item name it by its place among the items sent,
 * which this form turns back into its row, and the parts of the tie into that select.
 */
record SittingPageForm(
        @NotNull Long governingBodyId,
        @NotNull LocalDate date,
        @NotNull LocalTime startTime,
        LocalDate secondCallDate,
        LocalTime secondCallTime,
        @Size(max = 300) String place,
        @Size(max = 500) String onlineLink,
        List<@Valid Row> items,
        Long version) {

    /** The rows a new convocation offers; a longer agenda gets two more than it has. */
    static final int ROWS = 8;

    private static final Pattern ITEM_FIELD = Pattern.compile("^items\\[(\\d+)](.*)$");

    /** The fields of the service's form that this page sets through the one select {@code decides}. */
    private static final Pattern TIE_FIELD = Pattern.compile("^\\.(planId|planStage|programmeYear)$");

    SittingPageForm {
        items = items == null ? new ArrayList<>() : new ArrayList<>(items);
        while (items.size() < ROWS) {
            items.add(Row.blank());
        }
    }

    record Row(
            @Size(max = 300) String title,
            @Size(max = 20000) String proposal,
            Long affectsResolutionId,
            Effect effect,
            String decides) {

        static Row blank() {
            return new Row(null, null, null, null, null);
        }

        boolean isBlank() {
            return (title == null || title.isBlank())
                    && (proposal == null || proposal.isBlank())
                    && affectsResolutionId == null
                    && effect == null
                    && !decidesSomething();
        }

        boolean decidesSomething() {
            return decides != null && !decides.isBlank();
        }

        /** The tie chosen, null for none; a value this page did not write is refused by {@link #checkRows}. */
        PlanTie tie() {
            return decidesSomething() ? PlanTie.parse(decides).orElse(null) : null;
        }
    }

    static SittingPageForm empty(Long governingBodyId) {
        return new SittingPageForm(governingBodyId, null, null, null, null, null, null, null, null);
    }

    static SittingPageForm of(SittingView sitting) {
        List<Row> rows = new ArrayList<>();
        for (SittingView.ItemView item : sitting.items()) {
            rows.add(new Row(
                    item.title(),
                    item.proposal(),
                    item.affectsResolution() == null
                            ? null
                            : item.affectsResolution().id(),
                    item.effect(),
                    item.decides() == null ? null : item.decides().tie().value()));
        }
        for (int i = 0; i < 2 || rows.size() < ROWS; i++) {
            rows.add(Row.blank());
        }
        return new SittingPageForm(
                sitting.governingBody().id(),
                sitting.date(),
                sitting.startTime(),
                sitting.secondCallDate(),
                sitting.secondCallTime(),
                sitting.place(),
                sitting.onlineLink(),
                rows,
                sitting.version());
    }

    /**
     * A row with something written but no title says so next to its title; a choice of what it
     * decides on that is none of the select's says so next to the select.
     */
    void checkRows(BindingResult errors) {
        for (int i = 0; i < items.size(); i++) {
            Row row = items.get(i);
            String field = "items[" + i + "].title";
            if (!row.isBlank() && (row.title() == null || row.title().isBlank()) && !errors.hasFieldErrors(field)) {
                errors.rejectValue(field, "sitting.item.titleRequired");
            }
            if (row.decidesSomething() && row.tie() == null) {
                errors.rejectValue("items[" + i + "].decides", "sitting.item.decidesUnknown");
            }
        }
    }

    /** The ties the rows name, well formed, for the select to keep offering them. */
    List<PlanTie> ties() {
        return items.stream().map(Row::tie).filter(Objects::nonNull).toList();
    }

    /**
     * Calls the service with the rows written, as {@link SittingForm}; a refusal about an item is
     * said of its row.
     */
    <T> T send(Function<SittingForm, T> service) {
        List<SittingForm.ItemForm> agenda = new ArrayList<>();
        List<Integer> rowOf = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Row row = items.get(i);
            if (!row.isBlank()) {
                PlanTie tie = row.tie();
                agenda.add(new SittingForm.ItemForm(
                        row.title().strip(),
                        row.proposal(),
                        row.affectsResolutionId(),
                        row.effect(),
                        tie == null ? null : tie.planId(),
                        tie == null ? null : tie.stage(),
                        tie == null ? null : tie.year()));
                rowOf.add(i);
            }
        }
        SittingForm form = new SittingForm(
                governingBodyId, date, startTime, secondCallDate, secondCallTime, place, onlineLink, agenda, version);
        try {
            return service.apply(form);
        } catch (RuleViolationException refused) {
            Matcher item = refused.field() == null ? null : ITEM_FIELD.matcher(refused.field());
            if (item == null || !item.matches()) {
                throw refused;
            }
            int index = Integer.parseInt(item.group(1));
            String part = TIE_FIELD.matcher(item.group(2)).matches() ? ".decides" : item.group(2);
            String field = "items[" + (index < rowOf.size() ? rowOf.get(index) : index) + "]" + part;
            throw refused.isConflict()
                    ? RuleViolationException.conflict(field, refused.messageKey(), refused.arguments())
                    : RuleViolationException.invalid(field, refused.messageKey(), refused.arguments());
        }
    }
}
