package it.zona.demo;

import it.zona.demo.NationalDistrict.Body;
import it.zona.demo.NationalDistrict.Funded;
import it.zona.demo.NationalNames.Area;
import it.zona.demo.NationalNames.Service;
import it.zona.demo.NationalNames.Share;
import it.zona.municipality.MunicipalityView;
import it.zona.organization.OrganizationType;
import it.zona.programme.AreaRegistry;
import it.zona.programme.HeardAt;
import it.zona.programme.InterventionForm;
import it.zona.programme.InterventionRegistry;
import it.zona.programme.InterventionStatus;
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
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.springframework.stereotype.Component;

/**
 * What a generated plan sets out to do, written while it is being drafted (so without a reason):
 * in every ISTAT area one to three needs, one or two general objectives serving them with their
 * yearly specific objectives, and between 30 and 200 interventions in all, spread over the areas by
 * how much an Ambito usually does in each.
 */
@Component
class NationalProgramme {

    static final int MIN_INTERVENTIONS = 30;
    static final int MAX_INTERVENTIONS = 200;

    private static final List<Share<Area>> AREA_SHARES =
            NationalNames.AREAS.stream().map(a -> new Share<>(a, a.weight())).toList();
    private static final List<Integer> YEARS = IntStream.rangeClosed(
                    NationalDistrict.FIRST_YEAR, NationalDistrict.LAST_YEAR)
            .boxed()
            .toList();

    private final AreaRegistry areas;
    private final NeedRegistry needs;
    private final ObjectiveRegistry objectives;
    private final InterventionRegistry interventions;
    private final DemoForms forms;
    private final WrittenEntities written;

    NationalProgramme(
            AreaRegistry areas,
            NeedRegistry needs,
            ObjectiveRegistry objectives,
            InterventionRegistry interventions,
            DemoForms forms,
            WrittenEntities written) {
        this.areas = areas;
        this.needs = needs;
        this.objectives = objectives;
        this.interventions = interventions;
        this.forms = forms;
        this.written = written;
    }

    void write(NationalDistrict district) {
        for (PolicyAreaView area : areas.areasInOrder(district.planId)) {
            if (area.code() != null) {
                district.areaIds.put(area.code(), area.id());
            }
        }
        Map<String, Long> groups = areas.targetGroups(district.planId).stream()
                .collect(Collectors.toMap(TargetGroupView::name, TargetGroupView::id));
        Map<String, List<Long>> generals = new LinkedHashMap<>();
        for (Area area : NationalNames.AREAS) {
            generals.put(area.code(), objectives(district, area, needs(district, area)));
            written.release();
        }
        int count = district.between(MIN_INTERVENTIONS, MAX_INTERVENTIONS);
        Set<String> titles = new HashSet<>();
        for (int i = 0; i < count; i++) {
            Area area = NationalNames.pickShare(district.random, AREA_SHARES);
            intervention(district, area, district.pick(generals.get(area.code())), groups.get(area.group()), titles);
            written.release();
        }
    }

    private List<Long> needs(NationalDistrict district, Area area) {
        List<Long> ids = new ArrayList<>();
        for (String title : district.some(area.needs(), district.between(1, 3))) {
            HeardAt heardAt = district.pick(List.of(HeardAt.values()));
            List<EvidenceForm> evidence = new ArrayList<>();
            for (int e = district.between(0, 2); e > 0; e--) {
                evidence.add(new EvidenceForm(
                        e == 1 ? "Persone interessate nei Comuni dell’Ambito" : "Richieste ai servizi nell’ultimo anno",
                        BigDecimal.valueOf(district.between(10, 2_500)),
                        e == 1 ? "persone" : "richieste",
                        "Ufficio di Piano (dati fittizi)",
                        district.between(2022, 2024)));
            }
            ids.add(needs.create(
                            district.planId,
                            forms.valid(new NeedForm(
                                    district.areaIds.get(area.code()),
                                    title,
                                    "Emerso nella lettura dei bisogni per il nuovo piano nei Comuni dell’Ambito di "
                                            + district.lead().name() + ".",
                                    heardAt,
                                    heardWhere(heardAt),
                                    district.pick(List.of(Priority.values())),
                                    evidence,
                                    null)),
                            null)
                    .id());
        }
        return ids;
    }

    private static String heardWhere(HeardAt heardAt) {
        return switch (heardAt) {
            case DATA -> "Cartella sociale dell’Ambito";
            case THEMATIC_TABLE -> "Tavoli tematici del piano";
            case SERVICE -> "Servizio sociale professionale";
            case CONSULTATION -> "Consultazione pubblica sul piano";
            case OTHER -> "Ufficio di Piano";
        };
    }

    /** The area's general objectives, each with its specific objectives for one or two of the plan's years. */
    private List<Long> objectives(NationalDistrict district, Area area, List<Long> needIds) {
        List<Long> generals = new ArrayList<>();
        for (String title : district.some(area.objectives(), district.between(1, 2))) {
            List<Long> served = district.some(needIds, district.between(1, needIds.size()));
            long general = objectives
                    .create(
                            district.planId,
                            forms.valid(new ObjectiveForm(
                                    ObjectiveKind.GENERAL,
                                    district.areaIds.get(area.code()),
                                    null,
                                    null,
                                    title,
                                    "Obiettivo del Piano sociale di zona per l’area, condiviso ai tavoli tematici.",
                                    served,
                                    null)),
                            null)
                    .id();
            List<Integer> years = new ArrayList<>(district.some(YEARS, district.between(1, 2)));
            years.sort(null);
            for (int year : years) {
                objectives.create(
                        district.planId,
                        forms.valid(new ObjectiveForm(
                                ObjectiveKind.SPECIFIC,
                                null,
                                general,
                                year,
                                title + ": risultati attesi per il " + year,
                                null,
                                district.some(served, 1),
                                null)),
                        null);
            }
            generals.add(general);
        }
        return generals;
    }

    private void intervention(NationalDistrict district, Area area, long objective, long group, Set<String> titles) {
        Service service = district.pick(area.services());
        List<MunicipalityView> members = district.municipalities();
        boolean local = members.size() > 1 && (titles.contains(service.title()) || district.chance(30));
        MunicipalityView place = local ? district.pick(members) : null;
        String base = local ? service.title() + " – " + place.name() : service.title();
        String title = base;
        for (int n = 2; !titles.add(title); n++) {
            title = base + " (" + n + ")";
        }
        int firstYear = NationalDistrict.FIRST_YEAR;
        int lastYear = NationalDistrict.LAST_YEAR;
        if (!district.chance(65)) {
            firstYear = district.between(NationalDistrict.FIRST_YEAR, NationalDistrict.LAST_YEAR);
            lastYear = district.between(firstYear, NationalDistrict.LAST_YEAR);
        }
        Body lead = district.chance(35)
                ? district.leadMunicipality()
                : district.pick(district.bodiesOf(
                        OrganizationType.SOCIAL_COOPERATIVE,
                        OrganizationType.VOLUNTEER_ORGANIZATION,
                        OrganizationType.ASSOCIATION,
                        OrganizationType.FOUNDATION,
                        OrganizationType.SERVICE_PROVIDER,
                        OrganizationType.HEALTH_AUTHORITY));
        List<Long> partners = district
                .some(district.bodies.stream().filter(b -> b.id() != lead.id()).toList(), district.between(0, 3))
                .stream()
                .map(Body::id)
                .toList();
        long id = interventions
                .create(
                        district.planId,
                        forms.valid(new InterventionForm(
                                objective,
                                group,
                                title,
                                "%s per %s nei Comuni dell’Ambito di %s."
                                        .formatted(
                                                service.title(),
                                                area.group().toLowerCase(Locale.ITALIAN),
                                                district.lead().name()),
                                service.type(),
                                null,
                                firstYear,
                                lastYear,
                                lead.id(),
                                partners,
                                !local,
                                local ? List.of(place.istatCode()) : List.of(),
                                "%d persone raggiunte ogni anno (valore atteso fittizio)."
                                        .formatted(district.between(10, 500)),
                                status(district, firstYear, lastYear),
                                null)),
                        null)
                .id();
        district.interventions.add(new Funded(id, area, service.type(), firstYear, lastYear));
    }

    /** As the plan stands at the end of its first year: what ended in it is completed, what starts later planned. */
    private static InterventionStatus status(NationalDistrict district, int firstYear, int lastYear) {
        if (lastYear == NationalDistrict.FIRST_YEAR) {
            return InterventionStatus.COMPLETED;
        }
        if (firstYear > NationalDistrict.FIRST_YEAR) {
            return InterventionStatus.PLANNED;
        }
        return district.chance(5) ? InterventionStatus.SUSPENDED : InterventionStatus.ACTIVE;
    }
}
