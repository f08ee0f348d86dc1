package it.zona.demo;

import it.zona.ZonaApplication;
import it.zona.shared.PlatformConfig;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Properties;
import java.util.stream.Stream;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * Makes the {@link DemoSnapshot}: starts Zona in demo mode on an empty H2 database in the given
 * directory, so that the demo is written by the services at start-up as always, stops it, and
 * compacts the file. Maven runs it when it packages the jar to be run ({@code mvn package
 * -DskipTests}, the profile {@code runnable-jar} in pom.xml); everything given on the command line
 * overrides what the environment may set.
 */
final class DemoSnapshotWriter {

    private DemoSnapshotWriter() {}

    public static void main(String[] args) throws IOException, SQLException {
        Path directory = Path.of(args[0]).toAbsolutePath();
        delete(directory);
        Files.createDirectories(directory);
        LocalDate made = LocalDate.now(PlatformConfig.ZONE);
        String url = "jdbc:h2:file:" + directory.resolve("zona") + ";" + DemoSnapshot.SETTINGS;
        new SpringApplicationBuilder(ZonaApplication.class)
                .run(
                        "--spring.datasource.url=" + url,
                        "--spring.datasource.username=sa",
                        "--spring.datasource.password=",
                        "--zona.demo=true",
                        "--zona.demo.snapshot=false",
                        "--zona.demo.password=" + DemoSnapshot.PASSWORD,
                        "--zona.clock.start=",
                        "--zona.national-data.enabled=false",
                        "--server.port=0",
                        "--spring.main.banner-mode=off")
                .close();
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
                Statement statement = connection.createStatement()) {
            statement.execute("SHUTDOWN COMPACT");
        }
        Properties facts = new Properties();
        facts.setProperty("made", made.toString());
        facts.setProperty("settings", DemoSnapshot.settings(url));
        try (Writer out = Files.newBufferedWriter(directory.resolve(DemoSnapshot.FACTS), StandardCharsets.UTF_8)) {
            facts.store(out, "The demo written when Zona was built (DemoSnapshot)");
        }
    }

    private static void delete(Path directory) throws IOException {
        if (Files.exists(directory)) {
            try (Stream<Path> paths = Files.walk(directory)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }
}
