package it.zona.demo;

import it.zona.demo.NationalDistrict.Body;
import it.zona.demo.NationalNames.Share;
import it.zona.district.DistrictRegistry;
import it.zona.district.LegalForm;
import it.zona.district.NewDistrict;
import it.zona.municipality.MunicipalityView;
import it.zona.organization.OrganizationForm;
import it.zona.organization.OrganizationRegistry;
import it.zona.organization.OrganizationType;
import it.zona.organization.OrganizationView;
import it.zona.organization.PersonForm;
import it.zona.organization.PersonRegistry;
import it.zona.organization.RuntsSection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * A generated District itself, marked as a demonstration (its pages say that its people and figures
 * are fictitious, its municipalities real), with about a hundred organisations: its municipalities,
 * the health authority, the consortium or union when its legal form has one, and invented
 * third-sector bodies, schools, unions and providers, each with a made-up tax code that has a valid
 * check digit; and the few people the plan needs (the tables' coordinator and liaisons).
 */
@Component
class NationalBodies {

    private static final List<Share<LegalForm>> LEGAL_FORMS = List.of(
            new Share<>(LegalForm.CONVENZIONE, 40),
            new Share<>(LegalForm.CONSORZIO, 20),
            new Share<>(LegalForm.UNIONE_DI_COMUNI, 15),
            new Share<>(LegalForm.AZIENDA_SPECIALE, 10),
            new Share<>(LegalForm.AZIENDA_SERVIZI_PERSONA, 5),
            new Share<>(LegalForm.SOCIETA_DELLA_SALUTE, 5),
            new Share<>(LegalForm.DELEGA_ASL, 5));

    private final DistrictRegistry districts;
    private final OrganizationRegistry organizations;
    private final PersonRegistry people;
    private final DemoForms forms;
    private final WrittenEntities written;

    NationalBodies(
            DistrictRegistry districts,
            OrganizationRegistry organizations,
            PersonRegistry people,
            DemoForms forms,
            WrittenEntities written) {
        this.districts = districts;
        this.organizations = organizations;
        this.people = people;
        this.forms = forms;
        this.written = written;
    }

    void write(NationalDistrict district) {
        LegalForm legalForm = NationalNames.pickShare(district.random, LEGAL_FORMS);
        district.districtId = districts
                .createDemo(forms.valid(new NewDistrict(
                        district.slug(),
                        district.layout.name(),
                        legalForm,
                        district.lead().istatCode(),
                        district.municipalities().stream()
                                .map(MunicipalityView::istatCode)
                                .toList(),
                        "Ambito di %d Comuni della provincia di %s. Dati generati per provare Zona su scala nazionale: "
                                        .formatted(district.municipalities().size(), district.layout.province())
                                + "le persone, gli enti del terzo settore e gli importi sono di fantasia.",
                        null)))
                .district()
                .id();
        organizations(district, legalForm);
        people(district);
        written.release();
    }

    private void organizations(NationalDistrict district, LegalForm legalForm) {
        Set<String> names = new HashSet<>();
        for (MunicipalityView municipality : district.municipalities()) {
            body(district, names, "Comune di " + municipality.name(), OrganizationType.MUNICIPALITY, municipality);
        }
        body(
                district,
                names,
                "ASL " + district.layout.province() + " – Distretto socio-sanitario di "
                        + district.lead().name(),
                OrganizationType.HEALTH_AUTHORITY,
                district.lead());
        switch (legalForm) {
            case CONSORZIO, AZIENDA_SPECIALE, AZIENDA_SERVIZI_PERSONA ->
                body(
                        district,
                        names,
                        "Consorzio dei servizi sociali dell’Ambito di "
                                + district.lead().name(),
                        OrganizationType.CONSORTIUM,
                        district.lead());
            case UNIONE_DI_COMUNI ->
                body(
                        district,
                        names,
                        "Unione dei Comuni dell’Ambito di " + district.lead().name(),
                        OrganizationType.UNION_OF_MUNICIPALITIES,
                        district.lead());
            default -> {}
        }
        int total = district.between(90, 110);
        while (district.bodies.size() < total) {
            OrganizationType type = NationalNames.pickShare(district.random, NationalNames.BODY_TYPES);
            MunicipalityView municipality = district.pick(district.municipalities());
            String name = name(district, type, municipality);
            for (int attempt = 2; names.contains(name); attempt++) {
                name = name(district, type, municipality) + (attempt > 5 ? " " + attempt : "");
            }
            body(district, names, name, type, municipality);
        }
    }

    /** An invented body's name, with the municipality it is in. */
    private static String name(NationalDistrict district, OrganizationType type, MunicipalityView municipality) {
        String word = district.pick(NationalNames.BODY_NAMES);
        String place = municipality.name();
        return switch (type) {
            case SOCIAL_COOPERATIVE -> "Cooperativa sociale " + word + " – " + place;
            case VOLUNTEER_ORGANIZATION -> "Associazione di volontariato " + word + " – " + place;
            case ASSOCIATION -> "Associazione " + word + " APS – " + place;
            case FOUNDATION -> "Fondazione " + word + " – " + place;
            case RELIGIOUS_BODY -> "Parrocchia " + district.pick(NationalNames.SAINTS) + " – " + place;
            case SCHOOL -> "Istituto comprensivo " + word + " di " + place;
            case TRADE_UNION -> "Sindacato pensionati " + word + " – lega di " + place;
            case SERVICE_PROVIDER -> word + " Servizi srl – " + place;
            default -> "Comitato " + word + " – " + place;
        };
    }

    private void body(
            NationalDistrict district,
            Set<String> names,
            String name,
            OrganizationType type,
            MunicipalityView municipality) {
        int index = district.bodies.size() + 1;
        String taxCode = DemoTaxCodes.numeric("9" + district.lead().istatCode(), index);
        boolean business = type == OrganizationType.SOCIAL_COOPERATIVE || type == OrganizationType.SERVICE_PROVIDER;
        RuntsSection section = runtsSection(type);
        OrganizationView written = organizations.create(
                district.slug(),
                forms.valid(new OrganizationForm(
                        name,
                        type,
                        taxCode,
                        business ? taxCode : null,
                        section,
                        section == null ? null : Integer.toString(district.between(10_000, 999_999)),
                        municipality.istatCode(),
                        type == OrganizationType.MUNICIPALITY
                                ? "Piazza del Municipio 1"
                                : district.pick(NationalNames.STREETS) + " " + district.between(1, 120),
                        null,
                        null,
                        null,
                        null,
                        null)));
        names.add(name);
        district.bodies.add(new Body(written.id(), type, name, municipality.istatCode()));
    }

    private static RuntsSection runtsSection(OrganizationType type) {
        return switch (type) {
            case SOCIAL_COOPERATIVE -> RuntsSection.SOCIAL_ENTERPRISES;
            case VOLUNTEER_ORGANIZATION -> RuntsSection.VOLUNTEER_ORGANIZATIONS;
            case ASSOCIATION -> RuntsSection.SOCIAL_PROMOTION_ASSOCIATIONS;
            case FOUNDATION -> RuntsSection.PHILANTHROPIC_BODIES;
            default -> null;
        };
    }

    /** The coordinator of the tables and two liaisons, staff of the Comune capofila. */
    private void people(NationalDistrict district) {
        long comune = district.leadMunicipality().id();
        String where = district.lead().name();
        district.coordinator = person(district, comune, "Responsabile dell’Ufficio di Piano dell’Ambito di " + where);
        district.liaisons.add(person(district, comune, "Assistente sociale del Comune di " + where));
        district.liaisons.add(person(district, comune, "Istruttore dei servizi sociali del Comune di " + where));
    }

    private long person(NationalDistrict district, long organizationId, String position) {
        return people.create(
                        district.slug(),
                        forms.valid(new PersonForm(
                                district.pick(NationalNames.GIVEN_NAMES),
                                district.pick(NationalNames.FAMILY_NAMES),
                                null,
                                null,
                                null,
                                null,
                                organizationId,
                                position + " (persona fittizia)",
                                null)))
                .id();
    }
}
