package it.zona.budget;

import it.zona.organization.OrganizationRegistry;
import it.zona.plan.PlanContentCheck;
import it.zona.programme.InterventionContentCheck;
import it.zona.programme.InterventionRegistry;
import it.zona.programme.PlannedAmounts;
import it.zona.shared.ReferenceCheck;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the resources hold on to: the plan's period and an intervention's years cannot shrink under
 * budget lines or staff; an intervention with budget, staff or facilities, and an organisation
 * employing staff or running a facility, cannot be deleted. Also tells the yearly programme what
 * each intervention has planned.
 */
@Component
class ResourceChecks implements PlanContentCheck, InterventionContentCheck, ReferenceCheck, PlannedAmounts {

    private final BudgetLines lines;
    private final StaffingRows staffing;
    private final Facilities facilities;
    private final MessageSource messages;

    ResourceChecks(BudgetLines lines, StaffingRows staffing, Facilities facilities, MessageSource messages) {
        this.lines = lines;
        this.staffing = staffing;
        this.facilities = facilities;
        this.messages = messages;
    }

    @Override
    @Transactional(readOnly = true)
    public List<String> outside(long planId, int firstYear, int lastYear) {
        List<String> outside = new ArrayList<>();
        int budget = lines.findOutside(planId, firstYear, lastYear).size();
        if (budget > 0) {
            outside.add(say("budget.holder.lines", budget));
        }
        int staff = staffing.findOutside(planId, firstYear, lastYear).size();
        if (staff > 0) {
            outside.add(say("budget.holder.staffing", staff));
        }
        return outside;
    }

    @Override
    @Transactional(readOnly = true)
    public List<String> outsideYears(long interventionId, int firstYear, int lastYear) {
        int budget = lines.findOutsideIntervention(interventionId, firstYear, lastYear)
                .size();
        return budget == 0 ? List.of() : List.of(say("budget.holder.lines", budget));
    }

    @Override
    @Transactional(readOnly = true)
    public List<String> referencesTo(String entityType, long id) {
        List<String> holders = new ArrayList<>();
        if (InterventionRegistry.ENTITY.equals(entityType)) {
            int budget = lines.findByInterventionId(id).size();
            if (budget > 0) {
                holders.add(say("budget.holder.lines", budget));
            }
            int staff = staffing.findByInterventionId(id).size();
            if (staff > 0) {
                holders.add(say("budget.holder.staffing", staff));
            }
            facilities.findByInterventionId(id).forEach(f -> holders.add(f.name()));
        } else if (OrganizationRegistry.ENTITY.equals(entityType)) {
            int staff = staffing.findByOrganizationId(id).size();
            if (staff > 0) {
                holders.add(say("budget.holder.staffing", staff));
            }
            facilities.findByOrganizationId(id).forEach(f -> holders.add(f.name()));
        }
        return holders;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, BigDecimal> byIntervention(long planId, int year) {
        Map<Long, BigDecimal> planned = new HashMap<>();
        lines.findByPlanIdAndYear(planId, year)
                .forEach(l -> planned.merge(l.interventionId(), l.amount(), BigDecimal::add));
        return planned;
    }

    /** "3 righe di bilancio": the holder named in the reader's language, inside the refusal message. */
    private String say(String key, int count) {
        return messages.getMessage(key, new Object[] {count}, LocaleContextHolder.getLocale());
    }
}
