package it.zona.participation;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.h2.api.Trigger;

/**
 * Makes approved minutes append-only inside the embedded H2 database, as PL/pgSQL triggers do on
 * PostgreSQL (migration V18_1 of each vendor): an UPDATE or DELETE of an approved version, or of one
 * of its decisions or attendance lines, fails whoever runs it. Drafts stay editable.
 */
public class H2ApprovedMinutesTrigger implements Trigger {

    private static final String APPROVED = "APPROVED";

    private boolean version;
    private int column;

    @Override
    public void init(Connection connection, String schema, String trigger, String table, boolean before, int type)
            throws SQLException {
        this.version = table.equalsIgnoreCase("MEETING_MINUTES");
        this.column = position(connection, schema, table, version ? "STATUS" : "MINUTES_ID");
    }

    @Override
    public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
        boolean approved = version ? APPROVED.equals(oldRow[column]) : approved(connection, oldRow[column]);
        if (approved) {
            throw new SQLException("approved minutes are append-only");
        }
    }

    private static boolean approved(Connection connection, Object minutesId) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("select status from meeting_minutes where id = ?")) {
            query.setObject(1, minutesId);
            try (ResultSet row = query.executeQuery()) {
                return row.next() && APPROVED.equals(row.getString(1));
            }
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
