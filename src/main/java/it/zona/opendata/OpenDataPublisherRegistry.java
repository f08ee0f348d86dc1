package it.zona.opendata;

import it.zona.district.DistrictAccess;
import it.zona.district.DistrictRegistry;
import it.zona.district.DistrictView;
import it.zona.district.LegalForm;
import it.zona.identity.DistrictRole;
import it.zona.opendata.CatalogPublisher.OpenDataAgent;
import it.zona.opendata.CatalogPublisher.OpenDataContact;
import it.zona.shared.EntityChanged;
import it.zona.shared.StaleVersionException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who publishes each District's open data. The District's admin sets it; until then, and for each
 * field left blank, the catalogue takes a default: a District that is an agreement between
 * municipalities (or a single one) is published by its lead municipality, whose IPA code is c_ and
 * its cadastral code; the contact is the District's e-mail (or PEC) and web site (or its page here);
 * the rights holder is the publisher; the licence CC BY 4.0.
 */
@Service
@Transactional
public class OpenDataPublisherRegistry {

    static final String ENTITY = "OpenDataPublisher";

    /** The version of a publisher never saved: whoever read the defaults cannot overwrite a save made since. */
    public static final long NOT_SET = -1;

    /** Forms in which the lead municipality is the body that acts for the District. */
    private static final Set<LegalForm> LED_BY_A_MUNICIPALITY =
            EnumSet.of(LegalForm.CONVENZIONE, LegalForm.COMUNE_SINGOLO);

    private final OpenDataPublishers publishers;
    private final DistrictRegistry districts;
    private final ApplicationEventPublisher events;
    private final InstallationPublisher installation;

    OpenDataPublisherRegistry(
            OpenDataPublishers publishers,
            DistrictRegistry districts,
            ApplicationEventPublisher events,
            InstallationPublisher installation) {
        this.publishers = publishers;
        this.districts = districts;
        this.events = events;
        this.installation = installation;
    }

    /** The District's staff: the publisher as set, and as the catalogue uses it. */
    @Transactional(readOnly = true)
    public OpenDataPublisherView view(String slug) {
        districts.authorize(slug, DistrictRole.VIEWER);
        return view(districts.view(slug));
    }

    /** The District's admin sets the publisher; blank fields take their defaults. */
    public OpenDataPublisherView update(String slug, OpenDataPublisherForm form, long expectedVersion) {
        DistrictAccess access = districts.authorize(slug, DistrictRole.ADMIN);
        DistrictView district = districts.view(slug);
        OpenDataPublisher publisher = publishers.findById(access.id()).orElse(null);
        OpenDataPublisherView before = publisher == null ? null : view(district, publisher);
        StaleVersionException.check(expectedVersion, publisher == null ? NOT_SET : publisher.version());
        if (publisher == null) {
            publisher = new OpenDataPublisher(access.id());
        }
        publisher.apply(form);
        publishers.saveAndFlush(publisher);
        OpenDataPublisherView after = view(district, publisher);
        events.publishEvent(
                before == null
                        ? EntityChanged.created(access.id(), ENTITY, access.id(), after)
                        : EntityChanged.updated(access.id(), ENTITY, access.id(), before, after));
        return after;
    }

    /** Public: who the District's catalogue names, with the defaults of what its admin left blank. */
    @Transactional(readOnly = true)
    CatalogPublisher catalogPublisher(DistrictView district) {
        return catalogPublisher(district, publishers.findById(district.id()).orElse(null));
    }

    private OpenDataPublisherView view(DistrictView district) {
        return publishers
                .findById(district.id())
                .map(saved -> view(district, saved))
                .orElseGet(() -> new OpenDataPublisherView(
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        Licence.CC_BY_4_0,
                        NOT_SET,
                        catalogPublisher(district, null)));
    }

    private OpenDataPublisherView view(DistrictView district, OpenDataPublisher saved) {
        return new OpenDataPublisherView(
                saved.ipaCode(),
                saved.name(),
                saved.rightsHolderIpaCode(),
                saved.rightsHolderName(),
                saved.contactName(),
                saved.contactEmail(),
                saved.contactUrl(),
                saved.licence(),
                saved.version(),
                catalogPublisher(district, saved));
    }

    private CatalogPublisher catalogPublisher(DistrictView district, OpenDataPublisher saved) {
        OpenDataAgent lead = leadMunicipality(district);
        String savedCode = saved == null ? null : saved.ipaCode();
        String savedName = saved == null ? null : saved.name();
        // The lead municipality stands in only for a body the admin has not named at all.
        boolean byLead = savedCode == null && savedName == null && lead != null;
        OpenDataAgent publisher = new OpenDataAgent(
                savedCode != null ? savedCode : byLead ? lead.ipaCode() : null,
                savedName != null ? savedName : byLead ? lead.name() : district.name());
        OpenDataAgent holder = saved != null && saved.rightsHolderIpaCode() != null
                ? new OpenDataAgent(saved.rightsHolderIpaCode(), saved.rightsHolderName())
                : publisher;
        String email = first(saved == null ? null : saved.contactEmail(), district.email(), district.pec());
        OpenDataContact contact = new OpenDataContact(
                first(saved == null ? null : saved.contactName(), district.name()),
                email,
                first(
                        saved == null ? null : saved.contactUrl(),
                        district.website(),
                        installation.url("/districts/" + district.slug())));
        List<String> missing = new ArrayList<>();
        if (publisher.ipaCode() == null) {
            missing.add("ipaCode");
        }
        if (email == null) {
            missing.add("contactEmail");
        }
        return new CatalogPublisher(
                publisher, holder, contact, saved == null ? Licence.CC_BY_4_0 : saved.licence(), List.copyOf(missing));
    }

    /** The lead municipality as the District's publisher, where the District's legal form makes it one. */
    private static OpenDataAgent leadMunicipality(DistrictView district) {
        if (district.leadMunicipality() == null || !LED_BY_A_MUNICIPALITY.contains(district.legalForm())) {
            return null;
        }
        IpaCode code = IpaCode.ofMunicipality(district.leadMunicipality().cadastralCode());
        return code == null
                ? null
                : new OpenDataAgent(
                        code.value(), "Comune di " + district.leadMunicipality().name());
    }

    private static String first(String... candidates) {
        for (String candidate : candidates) {
            if (candidate != null && !candidate.isBlank()) {
                return candidate;
            }
        }
        return null;
    }
}
