package it.zona.demo;

import static org.assertj.core.api.Assertions.assertThat;

import it.zona.demo.DemoSnapshot.Outcome;
import java.io.IOException;
import java.io.Writer;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.DefaultResourceLoader;

/** When a first start copies the demo written at build time in, and that what it copies opens. */
class DemoSnapshotTest {

    private static final LocalDate MADE = LocalDate.of(2026, 12, 6);

    @TempDir
    Path snapshot;

    @TempDir
    Path data;

    private final DefaultResourceLoader resources = new DefaultResourceLoader();

    @BeforeEach
    void aSnapshotMadeOnTheSixth() throws Exception {
        String url = "jdbc:h2:file:" + snapshot.resolve("zona") + ";" + DemoSnapshot.SETTINGS;
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
                Statement statement = connection.createStatement()) {
            statement.execute("create table district (slug varchar(40))");
            statement.execute("insert into district values ('poggiardo')");
            statement.execute("SHUTDOWN COMPACT");
        }
        writeFacts(MADE, DemoSnapshot.settings(url));
    }

    @Test
    void aFirstStartOnTheDefaultDatabaseGetsTheDemoThatOpensAsWritten() throws SQLException {
        String url = defaultUrl();

        assertThat(copyIn(url, MADE.plusDays(2))).isEqualTo(Outcome.COPIED);

        try (Connection connection = DriverManager.getConnection(url, "sa", "");
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select slug from district")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("poggiardo");
        }
        assertThat(data)
                .isDirectoryContaining(path -> path.getFileName().toString().equals("zona.mv.db"));
        assertThat(data).isDirectoryNotContaining(path -> path.toString().endsWith(".part"));
    }

    @Test
    void aDatabaseAlreadyThereIsNeverOverwritten() throws IOException {
        Files.writeString(data.resolve("zona.mv.db"), "the user's own data");

        assertThat(copyIn(defaultUrl(), MADE)).isEqualTo(Outcome.DATABASE_EXISTS);
        assertThat(data.resolve("zona.mv.db")).hasContent("the user's own data");
    }

    @Test
    void aSnapshotIsUsedOnlyFromItsDayToAWeekAfter() {
        assertThat(copyIn(defaultUrl(), MADE.minusDays(1))).isEqualTo(Outcome.STALE);
        assertThat(copyIn(defaultUrl(), MADE.plusDays(8))).isEqualTo(Outcome.STALE);
        assertThat(Files.exists(data.resolve("zona.mv.db"))).isFalse();
        assertThat(copyIn(defaultUrl(), MADE.plusDays(7))).isEqualTo(Outcome.COPIED);
    }

    @Test
    void otherDatabasesAndOtherSettingsAreLeftAlone() {
        assertThat(copyIn("jdbc:postgresql://localhost/zona", MADE)).isEqualTo(Outcome.NOT_AN_EMBEDDED_FILE);
        assertThat(copyIn("jdbc:h2:mem:zona;" + DemoSnapshot.SETTINGS, MADE)).isEqualTo(Outcome.NOT_AN_EMBEDDED_FILE);
        assertThat(copyIn("jdbc:h2:tcp://localhost/zona", MADE)).isEqualTo(Outcome.NOT_AN_EMBEDDED_FILE);
        assertThat(copyIn("jdbc:h2:file:" + data.resolve("zona") + ";MODE=PostgreSQL", MADE))
                .isEqualTo(Outcome.OTHER_SETTINGS);
        assertThat(Files.exists(data.resolve("zona.mv.db"))).isFalse();
    }

    @Test
    void aBuildWithoutSnapshotWritesTheDemoAsBefore() {
        assertThat(DemoSnapshot.copyIn(defaultUrl(), MADE, resources, data.toUri() + "nothing-here/"))
                .isEqualTo(Outcome.NO_SNAPSHOT);
    }

    @Test
    void findsTheFileOfEveryFormOfEmbeddedAddress() {
        assertThat(DemoSnapshot.databaseFile("jdbc:h2:file:./data/zona;MODE=PostgreSQL"))
                .contains(Path.of("./data/zona.mv.db"));
        assertThat(DemoSnapshot.databaseFile("jdbc:h2:./data/zona")).contains(Path.of("./data/zona.mv.db"));
        assertThat(DemoSnapshot.databaseFile("jdbc:h2:/srv/zona/db")).contains(Path.of("/srv/zona/db.mv.db"));
        assertThat(DemoSnapshot.databaseFile("jdbc:h2:~/zona"))
                .contains(Path.of(System.getProperty("user.home") + "/zona.mv.db"));
        assertThat(DemoSnapshot.databaseFile("jdbc:h2:zip:/srv/zona.zip!/zona")).isEqualTo(Optional.empty());
    }

    @Test
    void theSnapshotIsMadeWithTheSettingsOfTheDefaultDatabase() {
        YamlPropertiesFactoryBean yaml = new YamlPropertiesFactoryBean();
        yaml.setResources(new ClassPathResource("application.yml"));
        String defaultUrl = yaml.getObject().getProperty("spring.datasource.url");

        assertThat(DemoSnapshot.settings(defaultUrl)).isEqualTo(DemoSnapshot.settings("x;" + DemoSnapshot.SETTINGS));
    }

    @Test
    void onlyDemoModeWithTheDemoPasswordAndNoOtherWishGetsTheSnapshot() {
        String today = MADE.atTime(10, 0).toInstant(ZoneOffset.UTC).toString();
        Map<String, Object> start = Map.of("spring.datasource.url", defaultUrl(), "zona.clock.start", today);

        assertThat(restore(start, Map.of("zona.demo", "false"))).isEqualTo(Outcome.NOT_WANTED);
        assertThat(restore(start, Map.of("zona.demo.snapshot", "false"))).isEqualTo(Outcome.NOT_WANTED);
        assertThat(restore(start, Map.of("zona.demo.password", "another one"))).isEqualTo(Outcome.NOT_WANTED);
        assertThat(restore(start, Map.of("zona.national-data.enabled", "true"))).isEqualTo(Outcome.NOT_WANTED);
        assertThat(Files.exists(data.resolve("zona.mv.db"))).isFalse();
        // zona.demo=auto is on with the embedded database
        assertThat(restore(start, Map.of())).isEqualTo(Outcome.COPIED);
    }

    @Test
    void onlyTheCopyInsideTheJarIsTrustedNotTheOneLeftInTheClassesFolder() throws IOException {
        Path jar = data.resolve("zona.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new JarEntry("demo-snapshot/" + DemoSnapshot.FACTS));
            out.write(Files.readAllBytes(snapshot.resolve(DemoSnapshot.FACTS)));
            out.closeEntry();
        }
        Path classes = data.resolve("classes");
        Files.createDirectories(classes.resolve("demo-snapshot"));
        Files.copy(snapshot.resolve(DemoSnapshot.FACTS), classes.resolve("demo-snapshot/" + DemoSnapshot.FACTS));

        try (URLClassLoader fromJar = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null);
                URLClassLoader fromFolder =
                        new URLClassLoader(new URL[] {classes.toUri().toURL()}, null)) {
            String facts = DemoSnapshot.LOCATION + DemoSnapshot.FACTS;
            assertThat(DemoSnapshotRestore.inTheJar(new DefaultResourceLoader(fromJar).getResource(facts)))
                    .isTrue();
            assertThat(DemoSnapshotRestore.inTheJar(new DefaultResourceLoader(fromFolder).getResource(facts)))
                    .isFalse();
        }
    }

    private Outcome restore(Map<String, Object> start, Map<String, Object> more) {
        StandardEnvironment environment = new StandardEnvironment();
        // what this machine's environment may set plays no part
        environment.getPropertySources().remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
        environment.getPropertySources().remove(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME);
        environment.getPropertySources().addFirst(new MapPropertySource("start", start));
        environment.getPropertySources().addFirst(new MapPropertySource("more", more));
        return DemoSnapshotRestore.restore(
                environment, resources, snapshot.toUri().toString());
    }

    private Outcome copyIn(String url, LocalDate today) {
        return DemoSnapshot.copyIn(url, today, resources, snapshot.toUri().toString());
    }

    private String defaultUrl() {
        return "jdbc:h2:file:" + data.resolve("zona") + ";" + DemoSnapshot.SETTINGS;
    }

    private void writeFacts(LocalDate made, String settings) throws IOException {
        Properties facts = new Properties();
        facts.setProperty("made", made.toString());
        facts.setProperty("settings", settings);
        try (Writer out = Files.newBufferedWriter(snapshot.resolve(DemoSnapshot.FACTS))) {
            facts.store(out, null);
        }
    }
}
