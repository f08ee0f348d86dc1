package it.zona.demo;

import it.zona.organization.OrganizationRegistry;
import it.zona.organization.OrganizationView;
import it.zona.programme.AreaForm;
import it.zona.programme.AreaRegistry;
import it.zona.programme.HeardAt;
import it.zona.programme.InterventionForm;
import it.zona.programme.InterventionRegistry;
import it.zona.programme.InterventionStatus;
import it.zona.programme.InterventionType;
import it.zona.programme.NeedForm;
import it.zona.programme.NeedForm.EvidenceForm;
import it.zona.programme.NeedRegistry;
import it.zona.programme.ObjectiveForm;
import it.zona.programme.ObjectiveKind;
import it.zona.programme.ObjectiveRegistry;
import it.zona.programme.PolicyAreaView;
import it.zona.programme.Priority;
import it.zona.programme.TargetGroupView;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The means to write a demo plan's content through the registries, as a user would: needs with
 * their evidence, objectives, interventions. The content itself is in {@link PoggiardoProgramme}.
 */
@Component
class ProgrammeDemo {

    static final String COMUNE = "Comune di Poggiardo";
    static final String ASL = "ASL Lecce – Distretto socio-sanitario di Poggiardo";
    static final String MELOGRANO = "Cooperativa sociale Il Melograno (fittizia)";
    static final String MANI_APERTE = "Associazione di volontariato Mani Aperte (fittizia)";
    static final String ANZIANI_ATTIVI = "Associazione Anziani Attivi del Capo (fittizia)";
    static final String PARROCCHIA = "Parrocchia di San Salvatore (fittizia)";
    static final String SCUOLA = "Istituto comprensivo di Poggiardo (fittizio)";
    static final String SINDACATO = "Sindacato pensionati del Capo di Leuca (fittizio)";

    private final AreaRegistry areas;
    private final NeedRegistry needs;
    private final ObjectiveRegistry objectives;
    private final InterventionRegistry interventions;
    private final OrganizationRegistry organizations;

    ProgrammeDemo(
            AreaRegistry areas,
            NeedRegistry needs,
            ObjectiveRegistry objectives,
            InterventionRegistry interventions,
            OrganizationRegistry organizations) {
        this.areas = areas;
        this.needs = needs;
        this.objectives = objectives;
        this.interventions = interventions;
        this.organizations = organizations;
    }

    /** The content of one plan, written before the mayors approve it, so without a reason. */
    final class Plan {

        private final long planId;
        private final Map<String, Long> areaIds;
        private final Map<String, Long> groupIds;
        private final Map<String, Long> organizationIds;

        Plan(long planId) {
            this.planId = planId;
            this.areaIds = areas.areasInOrder(planId).stream()
                    .filter(area -> area.code() != null)
                    .collect(Collectors.toMap(PolicyAreaView::code, PolicyAreaView::id));
            this.groupIds = areas.targetGroups(planId).stream()
                    .collect(Collectors.toMap(TargetGroupView::name, TargetGroupView::id));
            this.organizationIds = organizations.all(PoggiardoDemo.SLUG).stream()
                    .collect(Collectors.toMap(OrganizationView::name, OrganizationView::id));
        }

        /** Puts the areas given (by ISTAT code) into a new group. */
        void group(String name, String description, String... codes) {
            long group = areas.createArea(planId, new AreaForm(name, description, null, null), null)
                    .id();
            for (String code : codes) {
                PolicyAreaView area = areas.area(planId, areaIds.get(code));
                areas.updateArea(
                        planId,
                        area.id(),
                        new AreaForm(area.name(), area.description(), group, area.version()),
                        area.version(),
                        null);
            }
        }

        long need(String area, String title, String description, HeardAt heardAt, String where, Priority priority) {
            return need(area, title, description, heardAt, where, priority, new EvidenceForm[0]);
        }

        long need(
                String area,
                String title,
                String description,
                HeardAt heardAt,
                String where,
                Priority priority,
                EvidenceForm... evidence) {
            return needs.create(
                            planId,
                            new NeedForm(
                                    areaIds.get(area),
                                    title,
                                    description,
                                    heardAt,
                                    where,
                                    priority,
                                    List.of(evidence),
                                    null),
                            null)
                    .id();
        }

        long general(String area, String title, String description, Long... needIds) {
            return objectives
                    .create(
                            planId,
                            new ObjectiveForm(
                                    ObjectiveKind.GENERAL,
                                    areaIds.get(area),
                                    null,
                                    null,
                                    title,
                                    description,
                                    Arrays.asList(needIds),
                                    null),
                            null)
                    .id();
        }

        long specific(long general, int year, String title, Long... needIds) {
            return objectives
                    .create(
                            planId,
                            new ObjectiveForm(
                                    ObjectiveKind.SPECIFIC,
                                    null,
                                    general,
                                    year,
                                    title,
                                    null,
                                    Arrays.asList(needIds),
                                    null),
                            null)
                    .id();
        }

        Intervention intervention(long objective, String title) {
            return new Intervention(objective, title);
        }

        /** An intervention being described; {@link #save()} records it. */
        final class Intervention {

            private final long objective;
            private final String title;
            private String description;
            private String group;
            private InterventionType type = InterventionType.SERVICE;
            private String serviceCode;
            private int firstYear;
            private int lastYear;
            private String lead;
            private List<String> partners = List.of();
            private List<String> municipalities = List.of();
            private String outputs;
            private InterventionStatus status = InterventionStatus.ACTIVE;

            private Intervention(long objective, String title) {
                this.objective = objective;
                this.title = title;
            }

            Intervention about(String description) {
                this.description = description;
                return this;
            }

            Intervention forGroup(String group) {
                this.group = group;
                return this;
            }

            Intervention type(InterventionType type) {
                this.type = type;
                return this;
            }

            Intervention code(String serviceCode) {
                this.serviceCode = serviceCode;
                return this;
            }

            Intervention years(int first, int last) {
                this.firstYear = first;
                this.lastYear = last;
                return this;
            }

            Intervention led(String lead, String... partners) {
                this.lead = lead;
                this.partners = List.of(partners);
                return this;
            }

            /** Only in these municipalities (ISTAT codes); all of the District otherwise. */
            Intervention in(String... istatCodes) {
                this.municipalities = List.of(istatCodes);
                return this;
            }

            Intervention outputs(String outputs) {
                this.outputs = outputs;
                return this;
            }

            Intervention status(InterventionStatus status) {
                this.status = status;
                return this;
            }

            long save() {
                List<Long> partnerIds = new ArrayList<>();
                partners.forEach(name -> partnerIds.add(organization(name)));
                return interventions
                        .create(
                                planId,
                                new InterventionForm(
                                        objective,
                                        group == null ? null : groupIds.get(group),
                                        title,
                                        description,
                                        type,
                                        serviceCode,
                                        firstYear,
                                        lastYear,
                                        lead == null ? null : organization(lead),
                                        partnerIds,
                                        municipalities.isEmpty(),
                                        municipalities,
                                        outputs,
                                        status,
                                        null),
                                null)
                        .id();
            }
        }

        private long organization(String name) {
            Long id = organizationIds.get(name);
            if (id == null) {
                throw new IllegalStateException("No demo organisation named " + name);
            }
            return id;
        }
    }

    Plan plan(long planId) {
        return new Plan(planId);
    }

    static EvidenceForm evidence(String indicator, String figure, String unit, String source, int year) {
        return new EvidenceForm(indicator, new BigDecimal(figure), unit, source, year);
    }
}
