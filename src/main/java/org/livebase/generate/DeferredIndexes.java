package org.livebase.generate;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The indexes and key constraints of some tables, taken off for a bulk load into them and put back after it. Rows that
 * arrive in random name or date order update every index on a random page; with the indexes gone a row is one append,
 * and H2 then builds each index over the full table in one sorted pass, which is many times faster.
 * <p>
 * What is put back is read from the schema itself (INFORMATION_SCHEMA) before anything is dropped, so an index a later
 * migration adds is put back too, and the schema afterwards is the one Flyway made. H2 only: on any other database
 * {@link #drop} drops nothing and {@link #restore} does nothing, and the load runs with its indexes in place.
 */
public final class DeferredIndexes {

    /**
     * In the order to run them. H2 lets a constraint use an index that was there before it, and makes one of its own
     * otherwise: so first the indexes some constraint used, then the constraints (primary keys first, foreign keys
     * last), then the other indexes, and each constraint ends up on the index it had.
     */
    private final List<String> restore = new ArrayList<>();
    private final List<String> laterIndexes = new ArrayList<>();
    /** The statement that puts each table's primary key back, by table name (upper case, as H2 keeps it). */
    private final Map<String, String> keys = new LinkedHashMap<>();

    private DeferredIndexes() {
    }

    /**
     * Drops the foreign keys, unique constraints and indexes of {@code tables} (and their primary keys when
     * {@code primaryKeys}: worth it only where rows do not arrive in key order). DDL commits the connection's
     * transaction. Nothing else may write to the tables until {@link #restore}: a duplicate key would make it fail.
     */
    public static DeferredIndexes drop(Connection connection, boolean primaryKeys, String... tables) throws SQLException {
        DeferredIndexes deferred = new DeferredIndexes();
        if (!connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("h2")) {
            return deferred;
        }
        List<String> drops = new ArrayList<>();
        List<String> constraints = new ArrayList<>();
        for (String table : tables) {
            String name = table.toUpperCase(Locale.ROOT);
            deferred.indexes(connection, name, drops);
            deferred.constraints(connection, name, primaryKeys, constraints, drops);
        }
        deferred.restore.addAll(constraints);
        deferred.restore.addAll(deferred.laterIndexes);
        try (Statement statement = connection.createStatement()) {
            for (String sql : drops) {
                statement.execute(sql);
            }
        }
        return deferred;
    }

    /**
     * Puts back at once the primary key {@link #drop} took off {@code table}, before anything is stored in it: H2 stores
     * a table's rows by a key of one bigint column only when the key is there before the rows; added over them it is an
     * index beside them, and every lookup by key descends two trees instead of one. Nothing when no key was dropped.
     */
    public void restoreKey(Connection connection, String table) throws SQLException {
        String add = keys.remove(table.toUpperCase(Locale.ROOT));
        if (add == null) {
            return;
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute(add);
        }
        restore.remove(add);
    }

    /**
     * Creates again what {@link #drop} dropped, on any connection to the same database: each index is built from the
     * rows now in its table. Commits, as DDL does.
     */
    public void restore(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String sql : restore) {
                statement.execute(sql);
            }
        }
        restore.clear();
    }

    private void constraints(Connection connection, String table, boolean primaryKeys, List<String> adds, List<String> drops)
            throws SQLException {
        // Primary keys, then unique constraints, then foreign keys: the order they are put back in, so that a foreign
        // key finds the index it used before (a key's own, or the one it created) and nothing else.
        Map<String, String[]> found = new LinkedHashMap<>();
        String sql = "select c.constraint_name, c.constraint_type, r.unique_constraint_name, r.update_rule, r.delete_rule"
                + " from information_schema.table_constraints c left join information_schema.referential_constraints r"
                + " on r.constraint_schema = c.constraint_schema and r.constraint_name = c.constraint_name"
                + " where c.table_schema = current_schema and c.table_name = ?"
                + " and c.constraint_type in ('PRIMARY KEY', 'UNIQUE', 'FOREIGN KEY')"
                + " order by case c.constraint_type when 'PRIMARY KEY' then 0 when 'UNIQUE' then 1 else 2 end,"
                + " c.constraint_name";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, table);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    found.put(rs.getString(1), new String[] { rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5) });
                }
            }
        }
        for (Map.Entry<String, String[]> e : found.entrySet()) {
            String name = e.getKey();
            String type = e.getValue()[0];
            if (type.equals("PRIMARY KEY") && !primaryKeys) {
                continue;
            }
            String add = "alter table " + quote(table) + " add constraint " + quote(name) + " " + type + " ("
                    + String.join(", ", keyColumns(connection, name)) + ")";
            if (type.equals("FOREIGN KEY")) {
                String referenced = e.getValue()[1];
                add += " references " + quote(constraintTable(connection, referenced)) + " ("
                        + String.join(", ", referencedColumns(connection, name, referenced)) + ") on update " + e.getValue()[2] + " on delete "
                        + e.getValue()[3];
            }
            adds.add(add);
            if (type.equals("PRIMARY KEY")) {
                keys.put(table, add);
            }
            // Foreign keys first: a unique or primary key another key of this table leans on cannot go before it.
            drops.add(type.equals("FOREIGN KEY") ? 0 : drops.size(), "alter table " + quote(table)
                    + " drop constraint " + quote(name));
        }
    }

    private void indexes(Connection connection, String table, List<String> drops) throws SQLException {
        // Indexes of their own only: those made for a constraint go and come back with it.
        Map<String, Boolean> unique = new LinkedHashMap<>();
        List<String> used = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement("select i.index_name, i.index_type_name,"
                + " exists (select 1 from information_schema.table_constraints c where c.index_schema = i.index_schema"
                + " and c.index_name = i.index_name) from information_schema.indexes i"
                + " where i.table_schema = current_schema and i.table_name = ? and not i.is_generated"
                + " order by i.index_name")) {
            statement.setString(1, table);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    unique.put(rs.getString(1), rs.getString(2).startsWith("UNIQUE"));
                    if (rs.getBoolean(3)) {
                        used.add(rs.getString(1));
                    }
                }
            }
        }
        for (Map.Entry<String, Boolean> e : unique.entrySet()) {
            List<String> columns = new ArrayList<>();
            try (PreparedStatement statement = connection.prepareStatement("select column_name, ordering_specification,"
                    + " null_ordering from information_schema.index_columns where index_schema = current_schema"
                    + " and index_name = ? order by ordinal_position")) {
                statement.setString(1, e.getKey());
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        columns.add(quote(rs.getString(1)) + " " + rs.getString(2) + " NULLS " + rs.getString(3));
                    }
                }
            }
            (used.contains(e.getKey()) ? restore : laterIndexes).add("create " + (e.getValue() ? "unique " : "")
                    + "index " + quote(e.getKey()) + " on " + quote(table) + " (" + String.join(", ", columns) + ")");
            drops.add("drop index " + quote(e.getKey()));
        }
    }

    private static List<String> keyColumns(Connection connection, String constraint) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement("select column_name from"
                + " information_schema.key_column_usage where constraint_schema = current_schema and constraint_name = ?"
                + " order by ordinal_position")) {
            statement.setString(1, constraint);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    columns.add(quote(rs.getString(1)));
                }
            }
        }
        return columns;
    }

    /** The referenced key's columns in the order of the foreign key's own. */
    private static List<String> referencedColumns(Connection connection, String foreignKey, String key) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement("select k.column_name from"
                + " information_schema.key_column_usage f join information_schema.key_column_usage k"
                + " on k.constraint_schema = f.constraint_schema and k.constraint_name = ?"
                + " and k.ordinal_position = f.position_in_unique_constraint"
                + " where f.constraint_schema = current_schema and f.constraint_name = ? order by f.ordinal_position")) {
            statement.setString(1, key);
            statement.setString(2, foreignKey);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    columns.add(quote(rs.getString(1)));
                }
            }
        }
        return columns;
    }

    private static String constraintTable(Connection connection, String constraint) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("select table_name from"
                + " information_schema.table_constraints where constraint_schema = current_schema and constraint_name = ?")) {
            statement.setString(1, constraint);
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    private static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }
}
