package it.zona.shared;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * A Flyway migration written in Java (loading shipped reference data, rewriting rows): it runs once
 * per database at its version, under Flyway's lock, in its transaction. It has no checksum, as its
 * work lives in code, not in a script Flyway could compare.
 */
public abstract class OneTimeMigration implements JavaMigration {

    private final MigrationVersion version;
    private final String description;

    protected OneTimeMigration(String version, String description) {
        this.version = MigrationVersion.fromVersion(version);
        this.description = description;
    }

    @Override
    public MigrationVersion getVersion() {
        return version;
    }

    @Override
    public String getDescription() {
        return description;
    }

    @Override
    public Integer getChecksum() {
        return null;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }
}
