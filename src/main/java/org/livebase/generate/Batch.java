package org.livebase.generate;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * One table's insert as a JDBC batch: rows are added, sent every {@value #SIZE} and committed every {@value #COMMIT}, so
 * millions of rows go in at the speed of the database rather than of one round trip each, without one huge
 * transaction.
 */
final class Batch implements AutoCloseable {

    static final int SIZE = 5_000;
    private static final int COMMIT = 50_000;

    private final Connection connection;
    private final PreparedStatement statement;
    private final int columns;
    private final Batch[] parents;
    private long rows;
    private boolean closed;

    /** @param parents the batches whose rows this table's rows refer to: sent before each of this one's */
    Batch(Connection connection, String table, String columnList, Batch... parents) throws SQLException {
        this.connection = connection;
        this.parents = parents;
        this.columns = columnList.split(",").length;
        this.statement = connection.prepareStatement("insert into " + table + " (" + columnList + ") values ("
                + "?, ".repeat(columns - 1) + "?)");
    }

    void row(Object... values) throws SQLException {
        if (values.length != columns) {
            throw new IllegalArgumentException(columns + " columns, " + values.length + " values");
        }
        for (int i = 0; i < values.length; i++) {
            statement.setObject(i + 1, values[i]);
        }
        statement.addBatch();
        rows++;
        if (rows % SIZE == 0) {
            send();
        }
        if (rows % COMMIT == 0) {
            connection.commit();
        }
    }

    long rows() {
        return rows;
    }

    private void send() throws SQLException {
        if (closed) {
            return;
        }
        for (Batch parent : parents) {
            parent.send();
        }
        statement.executeBatch();
    }

    @Override
    public void close() throws SQLException {
        if (!closed) {
            send();
            connection.commit();
            statement.close();
            closed = true;
        }
    }
}
