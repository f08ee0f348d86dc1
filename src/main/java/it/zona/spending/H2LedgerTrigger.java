package it.zona.spending;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.api.Trigger;

/**
 * Makes the spending ledger append-only inside the embedded H2 database, as a PL/pgSQL trigger does
 * on PostgreSQL (migration V49_1 of each vendor). Its name is in those migrations: keep it.
 */
public class H2LedgerTrigger implements Trigger {

    @Override
    public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
        throw new SQLException("spending entries are append-only");
    }
}
