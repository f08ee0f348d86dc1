package it.zona.programme;

import it.zona.programme.ParticipationTrace.Origin;
import it.zona.programme.ParticipationTrace.ProgressReport;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** The participation trace for the plan's pages, empty when no module provides it. */
@Component
class ProgrammeTrace {

    private final ObjectProvider<ParticipationTrace> trace;

    ProgrammeTrace(ObjectProvider<ParticipationTrace> trace) {
        this.trace = trace;
    }

    Map<Long, List<Origin>> objectiveOrigins(long planId) {
        ParticipationTrace source = trace.getIfAvailable();
        return source == null ? Map.of() : source.objectiveOrigins(planId);
    }

    List<Origin> interventionOrigins(long interventionId) {
        ParticipationTrace source = trace.getIfAvailable();
        return source == null ? List.of() : source.interventionOrigins(interventionId);
    }

    List<Origin> needOrigins(long needId) {
        ParticipationTrace source = trace.getIfAvailable();
        return source == null ? List.of() : source.needOrigins(needId);
    }

    List<ProgressReport> progress(long interventionId) {
        ParticipationTrace source = trace.getIfAvailable();
        return source == null ? List.of() : source.progress(interventionId);
    }
}
