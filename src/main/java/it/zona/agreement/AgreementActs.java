package it.zona.agreement;

import it.zona.plan.PlanAct;
import it.zona.plan.PlanActs;
import it.zona.plan.PlanStage;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The plan's agreement as the act that takes it to implementation. Once Zona holds the agreement, it
 * is the only act that can: the plan waits until every required party has signed.
 */
@Component
@Transactional(readOnly = true)
class AgreementActs implements PlanActs {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.ITALY);

    private final Agreements agreements;

    AgreementActs(Agreements agreements) {
        this.agreements = agreements;
    }

    @Override
    public List<PlanAct> candidates(long planId, long districtId, PlanStage to) {
        if (to != PlanStage.IMPLEMENTATION) {
            return List.of();
        }
        // Quoted as the act names itself, in Italian whatever the reader's language.
        return agreements
                .findByPlanId(planId)
                .filter(agreement -> agreement.status() == AgreementStatus.IN_FORCE)
                .map(agreement -> new PlanAct(
                        "/plans/" + planId + "/agreement",
                        "Accordo di Programma «%s», in vigore dal %s"
                                .formatted(agreement.title(), DAY.format(agreement.inForceOn())),
                        agreement.inForceOn()))
                .stream()
                .toList();
    }

    @Override
    public Optional<String> requiredFor(long planId, PlanStage to) {
        return to == PlanStage.IMPLEMENTATION && agreements.findByPlanId(planId).isPresent()
                ? Optional.of("error.plan.agreementNotInForce")
                : Optional.empty();
    }
}
