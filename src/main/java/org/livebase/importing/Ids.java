package org.livebase.importing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Ids from the shared sequence {@code livebase_seq}, drawn the way Hibernate draws them here (Quarkus's default
 * "pooled-lo" optimizer), so that an import and the entities saved meanwhile never take the same id: each value the
 * sequence answers (it steps by 50) is the bottom of a block of 50, {@code value .. value+49}.
 */
final class Ids {

    static final int BLOCK = 50;

    private final PreparedStatement next;
    private long following;
    private long top = -1;

    /** @param nextValueSql the dialect's statement that selects the sequence's next value */
    Ids(Connection connection, String nextValueSql) throws SQLException {
        this.next = connection.prepareStatement(nextValueSql);
    }

    long next() throws SQLException {
        if (following > top) {
            following = draw();
            top = following + BLOCK - 1;
        }
        return following++;
    }

    private long draw() throws SQLException {
        try (ResultSet row = next.executeQuery()) {
            row.next();
            return row.getLong(1);
        }
    }
}
