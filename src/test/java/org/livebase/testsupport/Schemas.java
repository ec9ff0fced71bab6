package org.livebase.testsupport;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** The schema of the database as its catalogue describes it, to check that a bulk load leaves it as it was. */
public final class Schemas {

    private Schemas() {
    }

    /**
     * Every constraint (name, table, the index it uses, columns, what it references) and every index (table, kind, columns in order with
     * their direction; the name too unless H2 made it for a constraint) of the current schema, one line each, sorted.
     * On PostgreSQL, whose INFORMATION_SCHEMA has no indexes, each index's and constraint's definition from its catalogue.
     */
    public static List<String> describe(Connection db) throws SQLException {
        List<String> lines = new ArrayList<>();
        if (db.getMetaData().getDatabaseProductName().equals("PostgreSQL")) {
            lines.addAll(lines(db, "index ", "select tablename, indexname, indexdef from pg_indexes"
                    + " where schemaname = current_schema()"));
            lines.addAll(lines(db, "constraint ", "select conrelid::regclass::text, conname, pg_get_constraintdef(oid)"
                    + " from pg_constraint where connamespace = current_schema()::regnamespace"));
            lines.sort(null);
            return lines;
        }
        lines.addAll(lines(db, "constraint ", "select c.constraint_name, c.constraint_type, c.table_name,"
                + " (select case when i.is_generated then 'own index' else i.index_name end from information_schema.indexes i"
                + " where i.index_schema = c.index_schema and i.index_name = c.index_name),"
                + " (select listagg(k.column_name, ',') within group (order by k.ordinal_position)"
                + " from information_schema.key_column_usage k where k.constraint_schema = c.constraint_schema"
                + " and k.constraint_name = c.constraint_name), r.unique_constraint_name, r.update_rule, r.delete_rule"
                + " from information_schema.table_constraints c left join information_schema.referential_constraints r"
                + " on r.constraint_schema = c.constraint_schema and r.constraint_name = c.constraint_name"
                + " where c.table_schema = current_schema"));
        lines.addAll(lines(db, "index ", "select case when i.is_generated then '' else i.index_name end, i.table_name,"
                + " i.index_type_name, i.is_generated, (select listagg(x.column_name || ' ' || x.ordering_specification"
                + " || ' ' || x.null_ordering, ',') within group (order by x.ordinal_position)"
                + " from information_schema.index_columns x where x.index_schema = i.index_schema"
                + " and x.index_name = i.index_name) from information_schema.indexes i"
                + " where i.table_schema = current_schema"));
        lines.sort(null);
        return lines;
    }

    private static List<String> lines(Connection db, String prefix, String query) throws SQLException {
        List<String> lines = new ArrayList<>();
        try (Statement statement = db.createStatement(); ResultSet rs = statement.executeQuery(query)) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder line = new StringBuilder(prefix);
                for (int i = 1; i <= columns; i++) {
                    line.append(i > 1 ? " | " : "").append(rs.getString(i));
                }
                lines.add(line.toString());
            }
        }
        return lines;
    }
}
