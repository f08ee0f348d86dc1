package it.zona.demo;

import it.zona.district.DistrictRegistry;
import it.zona.municipality.MunicipalityRegistry;
import it.zona.shared.StartUpStep;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The national data set, for trying Zona at the scale of a region or the country: with {@code
 * zona.national-data.enabled=true}, an empty database gets every municipality of the ISTAT list
 * grouped into Districts by province ({@link NationalLayout}), each with about a hundred
 * organisations, an approved plan 2025-2027 with its programme and budget, and its thematic tables
 * with their meetings ({@link NationalDataGenerator}). The same {@code zona.national-data.seed}
 * gives the same data; {@code districts} writes only the first ones; {@code threads} sets how many
 * are written at once. See docs/performance.md.
 *
 * <p>Like the demo, it runs before the web server starts, so nothing is served (and readiness stays
 * down) until it is done; it runs after the first platform admin is created, as whom it signs in
 * ({@code zona.admin.username}). It never runs on a database that holds a District already, and
 * refuses to start together with demo mode, whose District would take municipalities of its own.
 */
@Component
class NationalData extends StartUpStep {

    private static final Logger log = LoggerFactory.getLogger(NationalData.class);

    private final MunicipalityRegistry municipalities;
    private final DistrictRegistry districts;
    private final NationalDataGenerator generator;
    private final boolean enabled;
    private final long seed;
    private final int limit;
    private final int threads;
    private final String admin;

    NationalData(
            DemoMode demo,
            MunicipalityRegistry municipalities,
            DistrictRegistry districts,
            NationalDataGenerator generator,
            @Value("${zona.national-data.enabled:false}") boolean enabled,
            @Value("${zona.national-data.seed:2026}") long seed,
            @Value("${zona.national-data.districts:0}") int limit,
            @Value("${zona.national-data.threads:2}") int threads,
            @Value("${zona.admin.username:}") String admin) {
        // After the first platform admin is created (BootstrapAdmin), as whom it writes; before the server.
        super(1);
        // Checked here, while the context is created: the demo is loaded before this would start.
        if (enabled && demo.enabled()) {
            throw new IllegalStateException(
                    "zona.national-data.enabled is on together with demo mode (zona.demo): "
                            + "the national data set fills an empty database on its own. Turn demo mode off (ZONA_DEMO=false).");
        }
        if (enabled && admin.isBlank()) {
            throw new IllegalStateException("zona.national-data.enabled needs the platform admin it writes as: "
                    + "set zona.admin.username and zona.admin.password (ZONA_ADMIN_USERNAME, ZONA_ADMIN_PASSWORD).");
        }
        if (threads < 1 || limit < 0) {
            throw new IllegalStateException(
                    "zona.national-data.threads must be at least 1 and zona.national-data.districts not negative");
        }
        this.municipalities = municipalities;
        this.districts = districts;
        this.generator = generator;
        this.enabled = enabled;
        this.seed = seed;
        this.limit = limit;
        this.threads = threads;
        this.admin = admin;
    }

    @Override
    protected void run() {
        if (!enabled) {
            return;
        }
        if (!districts.isEmpty()) {
            log.info("National data: the database holds Districts already; nothing written.");
            return;
        }
        List<NationalLayout.District> layout = NationalLayout.of(municipalities.current());
        List<NationalLayout.District> chosen = limit == 0 ? layout : layout.subList(0, Math.min(limit, layout.size()));
        log.info(
                "National data: writing {} of the {} Districts on {} threads, seed {}, as {}",
                chosen.size(),
                layout.size(),
                threads,
                seed,
                admin);
        Duration took = generator.generate(chosen, seed, threads, admin);
        log.info(
                "National data: {} Districts written in {} min {} s",
                chosen.size(),
                took.toMinutes(),
                took.toSecondsPart());
    }
}
