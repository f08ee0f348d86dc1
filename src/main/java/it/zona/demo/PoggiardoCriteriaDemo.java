package it.zona.demo;

import it.zona.catalogue.ServiceCatalogue;
import it.zona.catalogue.SocialServiceView;
import it.zona.eligibility.AccessCriteria;
import it.zona.eligibility.AgeRange;
import it.zona.eligibility.Assessment;
import it.zona.eligibility.BandKind;
import it.zona.eligibility.Bands;
import it.zona.eligibility.Disability;
import it.zona.eligibility.DisabilityRecognised;
import it.zona.eligibility.Employment;
import it.zona.eligibility.EmploymentStatus;
import it.zona.eligibility.Group;
import it.zona.eligibility.Household;
import it.zona.eligibility.InvalidityAtLeast;
import it.zona.eligibility.IseeAtMost;
import it.zona.eligibility.IseeType;
import it.zona.eligibility.NonSelfSufficiency;
import it.zona.eligibility.Residence;
import it.zona.eligibility.ResidencePermit;
import it.zona.eligibility.ServiceCriteriaRegistry;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The access criteria of the Ambito di Poggiardo's services ({@link PoggiardoServicesDemo}), as the
 * office would write them for the eligibility check, with the ISEE bands of the titoli sociali and
 * of the services with a user contribution. Thresholds, bands and notes are fictitious.
 */
@Component
class PoggiardoCriteriaDemo {

    private static final String FICTITIOUS = " (testo fittizio)";

    private final ServiceCatalogue catalogue;
    private final ServiceCriteriaRegistry criteria;

    PoggiardoCriteriaDemo(ServiceCatalogue catalogue, ServiceCriteriaRegistry criteria) {
        this.catalogue = catalogue;
        this.criteria = criteria;
    }

    void load() {
        Map<String, Long> services = catalogue.all(PoggiardoDemo.SLUG).stream()
                .collect(Collectors.toMap(SocialServiceView::title, SocialServiceView::id, (a, b) -> a));
        Residence inTheAmbito = new Residence(List.of());

        write(
                services.get("Servizio di assistenza domiciliare (SAD)"),
                Group.allOf(
                        inTheAmbito,
                        Group.anyOf(new AgeRange(65, null), new DisabilityRecognised(Disability.ART3_C3)),
                        new Assessment("La parziale perdita di autonomia e la rete familiare le valuta l’assistente"
                                + " sociale con una visita a domicilio" + FICTITIOUS + ".")),
                bands(BandKind.CONTRIBUTION, IseeType.SOCIO_HEALTH, "8000", "0", "20000", "3", null, "6"));
        write(
                services.get("Assistenza domiciliare integrata (ADI) con la ASL"),
                Group.allOf(
                        inTheAmbito,
                        new NonSelfSufficiency(),
                        new Assessment("Il piano di cura lo stabilisce l’Unità di valutazione multidimensionale,"
                                + " su richiesta del medico di famiglia" + FICTITIOUS + ".")),
                null);
        write(
                services.get("Assegno di cura"),
                Group.allOf(
                        inTheAmbito,
                        new IseeAtMost(IseeType.SOCIO_HEALTH, new BigDecimal("30000.00")),
                        new NonSelfSufficiency(),
                        new InvalidityAtLeast(100)),
                bands(BandKind.AMOUNT, IseeType.SOCIO_HEALTH, "10000", "600", "20000", "450", null, "300"));
        write(
                services.get("Buono servizio per nidi e sezioni primavera"),
                Group.allOf(
                        inTheAmbito,
                        new IseeAtMost(IseeType.MINORS, new BigDecimal("40000.00")),
                        new Household(null, 1)),
                bands(BandKind.CONTRIBUTION, IseeType.MINORS, "10000", "0", "25000", "100", null, "200"));
        write(
                services.get("Contributo per il canone di locazione"),
                Group.allOf(
                        new Residence(List.of("075061", "075091", "075005")),
                        new IseeAtMost(IseeType.ORDINARY, new BigDecimal("15000.00"))),
                null);
        write(
                services.get("Fondo per le emergenze sociali"),
                Group.allOf(
                        inTheAmbito,
                        new Assessment(
                                "L’emergenza e l’aiuto che serve li valuta l’assistente sociale" + FICTITIOUS + ".")),
                null);
        write(
                services.get("Trasporto sociale per persone con disabilità"),
                Group.allOf(inTheAmbito, new DisabilityRecognised(Disability.ART3_C1)),
                bands(BandKind.CONTRIBUTION, IseeType.ORDINARY, "15000", "0", null, "2"));
        write(
                services.get("Reddito minimo di inclusione"),
                Group.allOf(
                        inTheAmbito,
                        new IseeAtMost(IseeType.ORDINARY, new BigDecimal("9360.00")),
                        new ResidencePermit(),
                        new EmploymentStatus(List.of(Employment.UNEMPLOYED, Employment.OTHER))),
                null);
    }

    private void write(Long service, AccessCriteria written, Bands bands) {
        if (service != null) {
            criteria.replace(service, written, bands, criteria.get(service).version());
        }
    }

    /** Bands from pairs of an upper ISEE limit (null: open above) and the amount or contribution, in euros. */
    private static Bands bands(BandKind kind, IseeType type, String... limitsAndValues) {
        List<Bands.Band> items = new ArrayList<>();
        for (int i = 0; i < limitsAndValues.length; i += 2) {
            items.add(new Bands.Band(
                    limitsAndValues[i] == null ? null : new BigDecimal(limitsAndValues[i]).setScale(2),
                    new BigDecimal(limitsAndValues[i + 1]).setScale(2)));
        }
        return new Bands(kind, type, items);
    }
}
