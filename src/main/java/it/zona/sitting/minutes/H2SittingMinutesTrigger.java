package it.zona.sitting.minutes;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.h2.api.Trigger;

/**
 * Makes approved minutes of sittings and their PDF/A append-only inside the embedded H2 database,
 * as PL/pgSQL triggers do on PostgreSQL (migration V43_5 of each vendor): an UPDATE or DELETE of
 * approved minutes, or of any stored document, fails whoever runs it. Drafts stay editable. Its
 * name is in those migrations: keep it.
 */
public class H2SittingMinutesTrigger implements Trigger {

    private boolean document;
    private int status;

    @Override
    public void init(Connection connection, String schema, String trigger, String table, boolean before, int type)
            throws SQLException {
        this.document = table.equalsIgnoreCase("SITTING_MINUTES_DOCUMENT");
        this.status = document ? -1 : position(connection, schema, table, "STATUS");
    }

    @Override
    public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
        if (document || "APPROVED".equals(oldRow[status])) {
            throw new SQLException("approved minutes are append-only");
        }
    }

    /** The row arrays follow the table's column order: read it rather than count by hand. */
    private static int position(Connection connection, String schema, String table, String name) throws SQLException {
        try (PreparedStatement query =
                connection.prepareStatement("select ordinal_position from information_schema.columns"
                        + " where upper(table_schema) = upper(?) and upper(table_name) = upper(?)"
                        + " and upper(column_name) = upper(?)")) {
            query.setString(1, schema);
            query.setString(2, table);
            query.setString(3, name);
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    throw new SQLException("No column " + name + " in " + table);
                }
                return row.getInt(1) - 1;
            }
        }
    }
}
