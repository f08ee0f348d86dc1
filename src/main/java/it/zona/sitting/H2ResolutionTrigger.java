package it.zona.sitting;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.api.Trigger;

/**
 * Makes resolutions append-only inside the embedded H2 database, as a PL/pgSQL trigger does on
 * PostgreSQL (migration V31_1 of each vendor). Its name is in that migration: keep it.
 */
public class H2ResolutionTrigger implements Trigger {

    @Override
    public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
        throw new SQLException("resolution is append-only");
    }
}
