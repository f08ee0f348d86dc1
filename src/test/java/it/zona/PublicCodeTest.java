package it.zona;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/** publiccode.yml at the repository root has what the Developers Italia catalogue requires. */
class PublicCodeTest {

    private static Map<String, Object> publiccode;

    @BeforeAll
    static void read() throws IOException {
        try (Reader reader = Files.newBufferedReader(Path.of("publiccode.yml"))) {
            publiccode = new Yaml().load(reader);
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> T at(String path) {
        Object node = publiccode;
        for (String key : path.split("\\.")) {
            assertThat(node).as(path).isInstanceOf(Map.class);
            node = ((Map<String, Object>) node).get(key);
            assertThat(node).as("publiccode.yml needs " + path).isNotNull();
        }
        return (T) node;
    }

    @Test
    void hasTheRequiredKeys() {
        assertThat((String) at("publiccodeYmlVersion")).isEqualTo("0.4");
        assertThat((String) at("name")).isEqualTo("Zona");
        assertThat((String) at("url")).startsWith("https://");
        assertThat((List<String>) at("platforms")).contains("web");
        assertThat((List<String>) at("categories")).isNotEmpty();
        assertThat((String) at("developmentStatus")).isIn("concept", "development", "beta", "stable", "obsolete");
        assertThat((String) at("softwareType")).isEqualTo("standalone/web");
        assertThat((String) at("legal.license")).isEqualTo("EUPL-1.2");
        assertThat((String) at("maintenance.type")).isIn("internal", "contract", "community", "none");
        assertThat((List<?>) at("maintenance.contacts")).isNotEmpty();
        assertThat((Boolean) at("localisation.localisationReady")).isTrue();
        assertThat((List<String>) at("localisation.availableLanguages")).containsExactly("it", "en");
    }

    @Test
    void describesZonaInItalianAndInEnglish() {
        for (String language : List.of("it", "en")) {
            String prefix = "description." + language + ".";
            assertThat((String) at(prefix + "shortDescription")).hasSizeLessThanOrEqualTo(150);
            assertThat((String) at(prefix + "longDescription")).hasSizeBetween(150, 10_000);
            assertThat((List<String>) at(prefix + "features")).isNotEmpty();
        }
    }

    @Test
    void theLicenceFileMatchesTheDeclaredLicence() throws IOException {
        assertThat(Files.readString(Path.of("LICENSE"))).startsWith("EUROPEAN UNION PUBLIC LICENCE v. 1.2");
    }
}
