package it.zona.support;

import it.zona.programme.AreaRegistry;
import it.zona.programme.HeardAt;
import it.zona.programme.InterventionForm;
import it.zona.programme.InterventionRegistry;
import it.zona.programme.InterventionStatus;
import it.zona.programme.InterventionType;
import it.zona.programme.NeedForm;
import it.zona.programme.NeedRegistry;
import it.zona.programme.ObjectiveForm;
import it.zona.programme.ObjectiveKind;
import it.zona.programme.ObjectiveRegistry;
import it.zona.programme.PolicyAreaView;
import it.zona.programme.Priority;
import it.zona.support.Fixtures.TestDistrict;
import java.util.List;
import org.springframework.boot.test.context.TestComponent;

/**
 * Named ways to fill a plan: its areas, a need, a general objective, an intervention. Created
 * through the services as the District's editor, so the plan must not be approved yet.
 */
@TestComponent
public class PlanFixtures {

    private final Fixtures fixtures;
    private final AreaRegistry areas;
    private final NeedRegistry needs;
    private final ObjectiveRegistry objectives;
    private final InterventionRegistry interventions;

    PlanFixtures(
            Fixtures fixtures,
            AreaRegistry areas,
            NeedRegistry needs,
            ObjectiveRegistry objectives,
            InterventionRegistry interventions) {
        this.fixtures = fixtures;
        this.areas = areas;
        this.needs = needs;
        this.objectives = objectives;
        this.interventions = interventions;
    }

    /** The plan's area with this name (the ISTAT areas are there from the start). */
    public PolicyAreaView area(TestDistrict district, long planId, String name) {
        return fixtures.as(
                district.viewer().username(),
                () -> areas.areasInOrder(planId).stream()
                        .filter(a -> a.name().equals(name))
                        .findFirst()
                        .orElseThrow(() -> new IllegalArgumentException("No area " + name)));
    }

    public long need(TestDistrict district, long planId, long areaId, String title) {
        return fixtures.as(
                district.editor().username(),
                () -> needs.create(
                                planId,
                                new NeedForm(areaId, title, null, HeardAt.DATA, null, Priority.HIGH, List.of(), null),
                                null)
                        .id());
    }

    /** A general objective of the area. */
    public long objective(TestDistrict district, long planId, long areaId, String title) {
        return fixtures.as(
                district.editor().username(),
                () -> objectives
                        .create(
                                planId,
                                new ObjectiveForm(
                                        ObjectiveKind.GENERAL, areaId, null, null, title, null, List.of(), null),
                                null)
                        .id());
    }

    /** A service under the objective, in every municipality, for the years given. */
    public long intervention(
            TestDistrict district, long planId, long objectiveId, String title, int firstYear, int lastYear) {
        return fixtures.as(
                district.editor().username(),
                () -> interventions
                        .create(
                                planId,
                                new InterventionForm(
                                        objectiveId,
                                        null,
                                        title,
                                        null,
                                        InterventionType.SERVICE,
                                        null,
                                        firstYear,
                                        lastYear,
                                        null,
                                        List.of(),
                                        true,
                                        List.of(),
                                        null,
                                        InterventionStatus.ACTIVE,
                                        null),
                                null)
                        .id());
    }
}
