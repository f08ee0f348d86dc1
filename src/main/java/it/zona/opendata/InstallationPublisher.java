package it.zona.opendata;

import it.zona.opendata.CatalogPublisher.OpenDataAgent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The body that runs the installation and publishes its catalogue, from configuration
 * ({@code zona.open-data.name}, {@code .ipa-code}, {@code .email}), and the base of every address
 * the catalogues give ({@code zona.base-url}).
 */
@Component
class InstallationPublisher {

    private static final Logger log = LoggerFactory.getLogger(InstallationPublisher.class);

    private final OpenDataAgent agent;
    private final String email;
    private final String baseUrl;

    InstallationPublisher(
            @Value("${zona.open-data.name:Zona}") String name,
            @Value("${zona.open-data.ipa-code:}") String ipaCode,
            @Value("${zona.open-data.email:}") String email,
            @Value("${zona.base-url}") String baseUrl) {
        IpaCode code = ipaCode.isBlank() ? null : new IpaCode(ipaCode.strip().toLowerCase(java.util.Locale.ROOT));
        this.agent = new OpenDataAgent(code == null ? null : code.value(), name.strip());
        this.email = email.isBlank() ? null : email.strip();
        this.baseUrl = baseUrl.replaceAll("/+$", "");
        if (code == null || this.email == null) {
            log.warn("zona.open-data.ipa-code or zona.open-data.email is not set: the installation's DCAT-AP_IT"
                    + " catalogue lacks its publisher's IPA code or contact, which dati.gov.it requires");
        }
    }

    OpenDataAgent agent() {
        return agent;
    }

    String email() {
        return email;
    }

    /** The full address of a path of this installation. */
    String url(String path) {
        return baseUrl + path;
    }
}
