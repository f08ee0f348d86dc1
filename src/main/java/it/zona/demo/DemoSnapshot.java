package it.zona.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.Period;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;

/**
 * The demo as it stands once written: an embedded H2 database that {@link DemoSnapshotWriter} makes
 * when the jar is built and that a first start copies in before the database is opened. Writing the
 * demo through the services, with its documents rendered and its signatures validated, takes longer
 * than all the rest of a start; the copy takes a blink, and what it holds went through the same
 * services and rules.
 *
 * <p>The demo counts its dates from the day it is written (meetings to come, a deadline in 45 days),
 * just as a demo written at a first start counts them from that day and then ages with the
 * database. A snapshot is therefore used only within {@link #FRESH_FOR} of the day it was made; an
 * older one is left aside and the demo is written afresh, dated from today.
 */
final class DemoSnapshot {

    /** Where the snapshot is, on the class path of the built jar. */
    static final String LOCATION = "classpath:demo-snapshot/";

    static final String DATABASE = "zona.mv.db";
    static final String FACTS = "snapshot.properties";

    /** The settings of the default database address (application.yml), which the snapshot is made with. */
    static final String SETTINGS = "MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";

    /** The demo accounts' password in the snapshot: with another one set, the demo is written afresh. */
    static final String PASSWORD = "zona-demo";

    static final Period FRESH_FOR = Period.ofDays(7);

    enum Outcome {
        COPIED,
        NOT_WANTED,
        NO_SNAPSHOT,
        NOT_AN_EMBEDDED_FILE,
        DATABASE_EXISTS,
        OTHER_SETTINGS,
        STALE
    }

    private DemoSnapshot() {}

    /**
     * Copies the snapshot at {@code location} to the file of the database at {@code url}, if that is
     * an embedded H2 database with the snapshot's settings, its file is not there yet, and the
     * snapshot was made between {@link #FRESH_FOR} before {@code today} and today.
     */
    static Outcome copyIn(String url, LocalDate today, ResourceLoader resources, String location) {
        Resource facts = resources.getResource(location + FACTS);
        Resource database = resources.getResource(location + DATABASE);
        if (!facts.exists() || !database.exists()) {
            return Outcome.NO_SNAPSHOT;
        }
        Optional<Path> file = databaseFile(url);
        if (file.isEmpty()) {
            return Outcome.NOT_AN_EMBEDDED_FILE;
        }
        if (Files.exists(file.get())) {
            return Outcome.DATABASE_EXISTS;
        }
        Properties made = load(facts);
        if (!made.getProperty("settings", "").equals(settings(url))) {
            return Outcome.OTHER_SETTINGS;
        }
        LocalDate day = LocalDate.parse(made.getProperty("made"));
        if (day.isAfter(today) || day.plus(FRESH_FOR).isBefore(today)) {
            return Outcome.STALE;
        }
        copy(database, file.get());
        return Outcome.COPIED;
    }

    /** The day the snapshot at {@code location} was made. */
    static LocalDate made(ResourceLoader resources, String location) {
        return LocalDate.parse(load(resources.getResource(location + FACTS)).getProperty("made"));
    }

    /**
     * The file of an embedded H2 database on disk ({@code jdbc:h2:file:./data/zona} or
     * {@code jdbc:h2:./data/zona}), or empty for any other address: in memory, over TCP, another
     * database.
     */
    static Optional<Path> databaseFile(String url) {
        if (!url.startsWith("jdbc:h2:")) {
            return Optional.empty();
        }
        String name = url.substring("jdbc:h2:".length()).split(";", 2)[0];
        if (name.startsWith("file:")) {
            name = name.substring("file:".length());
        } else if (name.matches("(?i)[a-z]+:.*") && !name.matches("(?i)[a-z]:[\\\\/].*")) {
            return Optional.empty();
        }
        if (name.isBlank()) {
            return Optional.empty();
        }
        if (name.startsWith("~")) {
            name = System.getProperty("user.home") + name.substring(1);
        }
        return Optional.of(Path.of(name + ".mv.db"));
    }

    /** The settings part of an H2 address, upper-cased as H2 reads them. */
    static String settings(String url) {
        String[] parts = url.split(";", 2);
        return parts.length < 2 ? "" : parts[1].toUpperCase(Locale.ROOT);
    }

    private static Properties load(Resource facts) {
        Properties properties = new Properties();
        try (InputStream in = facts.getInputStream()) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    /** Through a file beside the target, so that a start stopped half-way leaves no half database. */
    private static void copy(Resource database, Path target) {
        try {
            Path parent = target.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Path part = Files.createTempFile(parent, "zona", ".part");
            try (InputStream in = database.getInputStream()) {
                Files.copy(in, part, StandardCopyOption.REPLACE_EXISTING);
                Files.move(part, target, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(part);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot copy the demo snapshot to " + target, e);
        }
    }
}
