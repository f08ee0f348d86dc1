package it.zona.demo;

import it.zona.opendata.Licence;
import it.zona.opendata.OpenDataPublisherForm;
import it.zona.opendata.OpenDataPublisherRegistry;
import org.springframework.stereotype.Component;

/**
 * The publisher of the Ambito's open data, as its admin would set it once: a consortium has an IPA
 * code of its own, which Zona cannot derive from a municipality's, and an office address for
 * questions about the data. Both are fictitious, like the rest of the demo's people and contacts,
 * so that the demo's catalogue is complete and the installation's lists the Ambito's datasets.
 */
@Component
class PoggiardoOpenDataDemo {

    private final OpenDataPublisherRegistry publishers;

    PoggiardoOpenDataDemo(OpenDataPublisherRegistry publishers) {
        this.publishers = publishers;
    }

    void load() {
        publishers.update(
                PoggiardoDemo.SLUG,
                new OpenDataPublisherForm(
                        "cssp_lecce",
                        "Consorzio per i servizi sociali dell’Ambito di Poggiardo (dati dimostrativi)",
                        null,
                        null,
                        "Ufficio di Piano",
                        "ufficiodipiano@ambito-poggiardo.example",
                        null,
                        Licence.CC_BY_4_0,
                        null),
                OpenDataPublisherRegistry.NOT_SET);
    }
}
