package it.zona.participation.contributions;

import static it.zona.participation.meetings.MeetingScenario.form;
import static it.zona.participation.meetings.MeetingScenario.today;

import it.zona.participation.meetings.MeetingRegistry;
import it.zona.participation.meetings.MeetingScenario;
import it.zona.participation.meetings.MeetingScenario.Scene;
import it.zona.participation.meetings.MeetingView;
import it.zona.participation.tables.TableRegistry;
import it.zona.programme.Named;
import it.zona.support.PlanFixtures;
import java.time.LocalTime;
import org.springframework.boot.test.context.TestComponent;

/**
 * A table with two seated organisations, a meeting of it held a week ago, an objective and an
 * intervention in the table's area and another intervention in an area the table does not cover.
 */
@TestComponent
class ProposalScenario {

    private final MeetingScenario meetings;
    private final MeetingRegistry registry;
    private final TableRegistry tables;
    private final PlanFixtures content;

    ProposalScenario(MeetingScenario meetings, MeetingRegistry registry, TableRegistry tables, PlanFixtures content) {
        this.meetings = meetings;
        this.registry = registry;
        this.tables = tables;
        this.content = content;
    }

    record Held(
            Scene scene,
            long meetingId,
            Named area,
            Named otherArea,
            long objectiveId,
            long interventionId,
            long otherInterventionId) {}

    Held held() {
        Scene scene = meetings.scene(2);
        Named area = meetings.editor(
                scene.district(), () -> tables.get(scene.tableId()).areas().get(0));
        Named other = meetings.editor(
                scene.district(),
                () -> tables.areas(scene.planId()).stream()
                        .filter(a -> a.id() != area.id())
                        .findFirst()
                        .orElseThrow());
        long meetingId = meetings.editor(scene.district(), () -> {
            MeetingView past = registry.schedule(
                    scene.tableId(),
                    form("Riunione passata", today().minusDays(7), LocalTime.of(9, 0), LocalTime.of(11, 0)));
            return registry.markHeld(past.id()).id();
        });
        int year = today().getYear();
        long objective = content.objective(scene.district(), scene.planId(), area.id(), "Domiciliarità degli anziani");
        long intervention = content.intervention(
                scene.district(), scene.planId(), objective, "Assistenza domiciliare integrata", year, year + 1);
        long otherObjective = content.objective(scene.district(), scene.planId(), other.id(), "Altro obiettivo");
        long otherIntervention =
                content.intervention(scene.district(), scene.planId(), otherObjective, "Altro intervento", year, year);
        return new Held(scene, meetingId, area, other, objective, intervention, otherIntervention);
    }

    <T> T editor(Scene scene, java.util.function.Supplier<T> work) {
        return meetings.editor(scene.district(), work);
    }
}
