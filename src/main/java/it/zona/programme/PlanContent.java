package it.zona.programme;

import it.zona.plan.PlanChange;
import it.zona.plan.PlanRegistry;
import it.zona.plan.PlanView;
import it.zona.shared.EntityChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The plan's rules applied to its content: who may read it (anyone once the plan is approved, its
 * District's staff before), who may change it (editors before approval, admins with a reason
 * after), and the audit record of each change, carrying that reason.
 */
@Component
class PlanContent {

    private final PlanRegistry plans;
    private final ApplicationEventPublisher events;

    PlanContent(PlanRegistry plans, ApplicationEventPublisher events) {
        this.plans = plans;
        this.events = events;
    }

    PlanView read(long planId) {
        return plans.readableView(planId);
    }

    PlanChange change(long planId, String reason) {
        return plans.authorizeChange(planId, reason);
    }

    void created(PlanChange change, String entity, long id, Object after) {
        events.publishEvent(change.record(EntityChanged.created(change.districtId(), entity, id, after)));
    }

    void updated(PlanChange change, String entity, long id, Object before, Object after) {
        events.publishEvent(change.record(EntityChanged.updated(change.districtId(), entity, id, before, after)));
    }

    void deleted(PlanChange change, String entity, long id, Object before) {
        events.publishEvent(change.record(EntityChanged.deleted(change.districtId(), entity, id, before)));
    }
}
