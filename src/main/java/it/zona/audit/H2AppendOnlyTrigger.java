package it.zona.audit;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.api.Trigger;

/**
 * Makes the audit log append-only inside the embedded H2 database, as a PL/pgSQL trigger does on
 * PostgreSQL (migration V4_1 of each vendor): an UPDATE or DELETE of an entry fails whoever runs it.
 */
public class H2AppendOnlyTrigger implements Trigger {

    @Override
    public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
        throw new SQLException("audit_entry is append-only");
    }
}
