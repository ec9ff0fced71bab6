package org.livebase.importing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.LongConsumer;
import java.util.regex.Pattern;

import org.livebase.city.PlaceCounts;
import org.livebase.web.Checks;

/**
 * The rows of one kind of file: {@link #check} reads and checks a record, {@link #store} takes a checked one to write,
 * and {@link #finish} writes what is left. The same instance serves a whole pass over the file, so it remembers what
 * earlier rows held (to find duplicates within the file) and caches what it looked up in the database.
 * <p>
 * Rows are written in runs ({@code livebase.import.sort-run}, {@link Target#sortRun}), each sorted by name
 * ({@link #name}). The directory keeps its lists by name in indexes ordered by the name within the country, a city, a
 * district or an agency (four for hosts), and a file's names fall all over them: in file order every row changed a page
 * of each at random, and H2 wrote those pages again at every save and at the commit. In name order the rows of a run
 * go through each index in one sweep, several to a page: 100,000 hosts of the generator's names into the national data
 * set were stored at about 4,000 rows/s, against 2,200 in file order (docs/performance.md, Bulk import).
 *
 * @param <T> a checked row, ready to write
 */
abstract class Rows<T> {

    /** Rows are written to the database this many at a time. */
    static final int BATCH = 500;

    private static final Pattern LIST = Pattern.compile("[;|、；]");

    final Target target;
    final Connection db;
    private final List<PreparedStatement> batches = new ArrayList<>();
    private final List<T> run = new ArrayList<>();
    private LongConsumer onWritten = rows -> {
    };
    private int pending;
    /** The ids of the records made, for the change log. */
    private long[] created = new long[1024];
    private int createdCount;
    /** How many records were written into each district (the null key: without one), for the stored counts. */
    private final Map<Long, Long> placed = new HashMap<>();

    Rows(Target target) {
        this.target = target;
        this.db = target.connection();
    }

    /**
     * The checked row, or null when {@code checks} or {@code problems} got an error for it.
     *
     * @param problems errors that name another value, such as the line a duplicate repeats
     */
    abstract T check(Header header, List<String> record, long line, Checks checks, List<RowError> problems)
            throws SQLException;

    /** The row's name, which the rows of a run are written in order of. */
    abstract String name(T row);

    /** Adds a checked row to the batches. */
    abstract void write(T row) throws SQLException;

    /** Takes a checked row to write: it waits until its run is full or the file ends. */
    final void store(T row) throws SQLException {
        run.add(row);
        if (run.size() >= target.sortRun()) {
            writeRun();
        }
    }

    /** Tells {@code listener} how many rows have been written, after each one. */
    final void onWritten(LongConsumer listener) {
        onWritten = listener;
    }

    /** Writes the rows still waiting and sends the batches. */
    final void finish() throws SQLException {
        writeRun();
        flush();
    }

    private void writeRun() throws SQLException {
        // String order is H2's order for names (no collation is set), so each index is written front to back. In
        // PostgreSQL, whose collation may order them otherwise, the sort only saves less.
        run.sort(Comparator.comparing(this::name));
        for (T row : run) {
            write(row);
        }
        run.clear();
    }

    /**
     * Brings up to date what is derived from the rows written (stored counts), inside the storing transaction, once
     * every row is written; nothing by default.
     */
    void applied() {
    }

    /** Counts a written record in its district, null for none, for {@link #countPlaced}. */
    final void placed(Long district) {
        placed.merge(district, 1L, Long::sum);
    }

    /** Adds the records written to the target city's and their districts' stored counts of their kind. */
    final void countPlaced(PlaceCounts kind) {
        placed.forEach((district, count) -> kind.add(target.cityId(), district, count));
    }

    /** Sends whatever the batches hold. */
    private void flush() throws SQLException {
        for (PreparedStatement batch : batches) {
            batch.executeBatch();
        }
        pending = 0;
    }

    /** The ids of the records made, in order. */
    final long[] created() {
        return Arrays.copyOf(created, createdCount);
    }

    /** A statement that collects a batch; batches are sent in the order they were first asked for (parents first). */
    final PreparedStatement batch(String sql) throws SQLException {
        PreparedStatement statement = db.prepareStatement(sql);
        batches.add(statement);
        return statement;
    }

    /** Counts one row written and sends the batches when they are full. */
    final void written(long recordId) throws SQLException {
        if (createdCount == created.length) {
            created = Arrays.copyOf(created, created.length * 2);
        }
        created[createdCount++] = recordId;
        if (++pending >= BATCH) {
            flush();
        }
        onWritten.accept(createdCount);
    }

    /** Fills the columns every table shares: id, version, created_at, updated_at; answers the next position. */
    final int audited(PreparedStatement statement, long id) throws SQLException {
        statement.setLong(1, id);
        statement.setLong(2, 0);
        statement.setObject(3, target.now());
        statement.setObject(4, target.now());
        return 5;
    }

    // reading values

    /** The district of the city a code names; null for none, and for an unknown one, which is an error. */
    final Long district(String code, Checks checks) {
        if (code == null) {
            return null;
        }
        Long id = target.districts().get(code.toLowerCase(Locale.ROOT));
        checks.check(id == null, "district", "form.error.unknown-district");
        return id;
    }

    /** A list of catalogue names in one cell, separated by semicolons (or 、 or |). */
    static <E extends Enum<E>> Set<E> choices(Class<E> type, String cell, String field, Checks checks) {
        return checks.choices(type, cell == null ? List.of() : Arrays.asList(LIST.split(cell)), field);
    }

    /** Notes {@code value} as seen on {@code line}; an error naming the earlier line when it was seen before. */
    static void unique(Map<String, Long> seen, String value, long line, String field, List<RowError> problems) {
        if (value == null) {
            return;
        }
        Long earlier = seen.putIfAbsent(value, line);
        if (earlier != null) {
            problems.add(new RowError(line, field, "import.error.duplicate-in-file", String.valueOf(earlier)));
        }
    }

    /** The first column of the single row {@code sql} answers for {@code value}, or null. */
    static Long single(PreparedStatement query, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            query.setObject(i + 1, values[i]);
        }
        try (ResultSet rows = query.executeQuery()) {
            return rows.next() ? rows.getLong(1) : null;
        }
    }

    static void collect(PreparedStatement query, Collection<String> into, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            query.setObject(i + 1, values[i]);
        }
        try (ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                into.add(rows.getString(1));
            }
        }
    }

    static void set(PreparedStatement statement, int position, String value) throws SQLException {
        statement.setString(position, value);
    }

    static void set(PreparedStatement statement, int position, Long value) throws SQLException {
        if (value == null) {
            statement.setNull(position, Types.BIGINT);
        } else {
            statement.setLong(position, value);
        }
    }

    static void set(PreparedStatement statement, int position, Integer value) throws SQLException {
        if (value == null) {
            statement.setNull(position, Types.INTEGER);
        } else {
            statement.setInt(position, value);
        }
    }

    static void set(PreparedStatement statement, int position, Double value) throws SQLException {
        if (value == null) {
            statement.setNull(position, Types.DOUBLE);
        } else {
            statement.setDouble(position, value);
        }
    }

    static void set(PreparedStatement statement, int position, LocalDate value) throws SQLException {
        statement.setObject(position, value, Types.DATE);
    }

    /** Adds one row of a value table such as {@code host_category (host_id, category)}. */
    static void values(PreparedStatement statement, long ownerId, Collection<? extends Enum<?>> values)
            throws SQLException {
        for (Enum<?> value : values) {
            statement.setLong(1, ownerId);
            statement.setString(2, value.name());
            statement.addBatch();
        }
    }

}
