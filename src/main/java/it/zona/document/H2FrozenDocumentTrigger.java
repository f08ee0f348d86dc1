package it.zona.document;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.api.Trigger;

/**
 * Makes frozen documents append-only inside the embedded H2 database, as a PL/pgSQL trigger does on
 * PostgreSQL (migration V12_1 of each vendor): an UPDATE or DELETE of a version fails whoever runs it.
 */
public class H2FrozenDocumentTrigger implements Trigger {

    @Override
    public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
        throw new SQLException("official_document is append-only");
    }
}
