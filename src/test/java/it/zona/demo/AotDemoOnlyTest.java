package it.zona.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNoException;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.aot.AotDetector;
import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.boot.SpringApplication;
import org.springframework.core.SpringProperties;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.PropertiesPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;

/** Spring's AOT mode, computed at build time with the demo's settings, is refused with any other. */
class AotDemoOnlyTest {

    @Test
    void theDefaultSettingsAreTheDemosThatTheContextWasComputedFor() {
        assertThat(AotDemoOnly.differences(settings(Map.of()))).isEmpty();
    }

    @Test
    void eachSettingThatChangesWhatTheContextHoldsIsNamed() {
        assertThat(AotDemoOnly.differences(settings(Map.of("spring.datasource.url", "jdbc:postgresql://db/zona"))))
                .containsExactly(
                        "the database is not the embedded one on a file (jdbc:postgresql://db/zona)",
                        "demo mode is off");
        assertThat(AotDemoOnly.differences(settings(Map.of("zona.demo", "false"))))
                .containsExactly("demo mode is off");
        assertThat(AotDemoOnly.differences(settings(Map.of("zona.national-data.enabled", "true"))))
                .containsExactly("the national data set is on");
        assertThat(AotDemoOnly.differences(settings(Map.of("spring.mail.host", "smtp.example.org"))))
                .containsExactly("a mail server is set (spring.mail.host)");
        assertThat(AotDemoOnly.differences(settings(Map.of("spring.datasource.url", "jdbc:h2:mem:zona"))))
                .hasSize(1);
    }

    @Test
    void inAotModeOtherSettingsStopTheStartAndTheDemosDoNot() {
        AotDemoOnly guard = new AotDemoOnly();
        SpringApplication application = new SpringApplication();
        SpringProperties.setProperty(AotDetector.AOT_ENABLED, "true");
        try {
            assertThatNoException().isThrownBy(() -> guard.postProcessEnvironment(settings(Map.of()), application));
            assertThatIllegalStateException()
                    .isThrownBy(() -> guard.postProcessEnvironment(
                            settings(Map.of("spring.mail.host", "smtp.example.org")), application))
                    .withMessageContaining("a mail server is set")
                    .withMessageContaining("without -Dspring.aot.enabled=true");
        } finally {
            SpringProperties.setProperty(AotDetector.AOT_ENABLED, null);
        }
        assertThatNoException()
                .isThrownBy(() -> guard.postProcessEnvironment(
                        settings(Map.of("spring.mail.host", "smtp.example.org")), application));
    }

    /** application.yml, without the machine's environment, with {@code more} on top. */
    private static StandardEnvironment settings(Map<String, Object> more) {
        YamlPropertiesFactoryBean yaml = new YamlPropertiesFactoryBean();
        yaml.setResources(new ClassPathResource("application.yml"));
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
        environment.getPropertySources().remove(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME);
        environment.getPropertySources().addFirst(new PropertiesPropertySource("application.yml", yaml.getObject()));
        environment.getPropertySources().addFirst(new MapPropertySource("more", more));
        return environment;
    }
}
