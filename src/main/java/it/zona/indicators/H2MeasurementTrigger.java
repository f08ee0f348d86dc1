package it.zona.indicators;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.api.Trigger;

/**
 * Makes an indicator's measurements append-only inside the embedded H2 database, as a PL/pgSQL
 * trigger does on PostgreSQL (migration V50_1 of each vendor). Its name is in those migrations: keep it.
 */
public class H2MeasurementTrigger implements Trigger {

    @Override
    public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
        throw new SQLException("measurements are append-only: a correction is a new measurement");
    }
}
