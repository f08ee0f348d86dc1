package it.zona.opendata;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import org.springframework.jdbc.core.ArgumentPreparedStatementSetter;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Streams the rows of one query into a {@link RowSink}, for the datasets read straight from SQL:
 * a forward-only cursor with a fetch size and a {@link RowCallbackHandler}, so that no list of the
 * rows is ever built. Call it inside a read-only transaction: PostgreSQL's driver reads a cursor by
 * fetch size only outside auto-commit (otherwise it reads the whole result first), and the embedded
 * H2 is asked to run the query lazily instead of computing its whole result before the first row.
 * The query's order must come from an index for the rows to flow before the last is read.
 */
public final class JdbcRows {

    /** Rows read from the database at a time. */
    public static final int FETCH_SIZE = 1_000;

    private JdbcRows() {}

    /** One row of the result, as the values of the dataset's columns; null leaves the row out. */
    @FunctionalInterface
    public interface Reader {
        Object[] read(ResultSet row) throws SQLException;
    }

    public static void stream(JdbcTemplate jdbc, RowSink sink, Reader reader, String sql, Object... arguments) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            TransactionTemplate readOnly =
                    new TransactionTemplate(new DataSourceTransactionManager(jdbc.getDataSource()));
            readOnly.setReadOnly(true);
            readOnly.executeWithoutResult(status -> stream(jdbc, sink, reader, sql, arguments));
            return;
        }
        boolean h2 = Boolean.TRUE.equals(jdbc.execute((ConnectionCallback<Boolean>)
                connection -> connection.getMetaData().getDatabaseProductName().equalsIgnoreCase("H2")));
        if (h2) {
            lazy(jdbc, true);
        }
        try {
            jdbc.query(
                    (Connection connection) -> {
                        PreparedStatement statement = connection.prepareStatement(
                                sql, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
                        statement.setFetchSize(FETCH_SIZE);
                        new ArgumentPreparedStatementSetter(arguments).setValues(statement);
                        return statement;
                    },
                    (RowCallbackHandler) row -> {
                        Object[] values = reader.read(row);
                        if (values != null) {
                            sink.row(values);
                        }
                    });
        } finally {
            if (h2) {
                lazy(jdbc, false);
            }
        }
    }

    private static void lazy(JdbcTemplate jdbc, boolean on) {
        jdbc.execute((ConnectionCallback<Void>) connection -> {
            try (Statement statement = connection.createStatement()) {
                statement.execute("set lazy_query_execution " + on);
            }
            return null;
        });
    }

    /** A whole number column, null when it is. */
    public static Long integer(ResultSet row, String column) throws SQLException {
        long value = row.getLong(column);
        return row.wasNull() ? null : value;
    }

    /** The same by position (from 1), which a large dataset prefers: no name is looked up per row. */
    public static Long integer(ResultSet row, int column) throws SQLException {
        long value = row.getLong(column);
        return row.wasNull() ? null : value;
    }

    public static LocalDate date(ResultSet row, int column) throws SQLException {
        return row.getObject(column, LocalDate.class);
    }

    public static BigDecimal decimal(ResultSet row, String column) throws SQLException {
        return row.getBigDecimal(column);
    }

    public static LocalDate date(ResultSet row, String column) throws SQLException {
        return row.getObject(column, LocalDate.class);
    }

    public static Boolean bool(ResultSet row, String column) throws SQLException {
        boolean value = row.getBoolean(column);
        return row.wasNull() ? null : value;
    }
}
