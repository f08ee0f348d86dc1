package it.zona.participation.calls;

import it.zona.plan.PlanFacts;
import it.zona.programme.Named;
import java.util.List;

/**
 * What an organisation's personal link shows: the call, what the organisation has sent (with the
 * contacts it gave), the tables it may still nominate at, and whom to ask at the planning office.
 */
record NominationPage(
        PlanFacts plan,
        CallView call,
        Named organization,
        List<NominationView> nominations,
        List<Named> openTables,
        String contact) {

    public boolean accepting() {
        return call.accepting();
    }
}
