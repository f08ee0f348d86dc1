package it.zona.sitting;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.api.Trigger;

/**
 * Makes resolutions and their documents append-only inside the embedded H2 database, as a PL/pgSQL
 * trigger does on PostgreSQL (migrations V31_1 and V33_1 of each vendor). Its name is in those
 * migrations: keep it.
 */
public class H2ResolutionTrigger implements Trigger {

    @Override
    public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
        throw new SQLException("resolution is append-only");
    }
}
