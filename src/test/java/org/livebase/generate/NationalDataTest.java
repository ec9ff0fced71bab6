package org.livebase.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.livebase.host.IdNumber;
import org.livebase.organisation.CreditCode;
import org.livebase.testsupport.Schemas;

/**
 * The generator on databases of its own (in-memory H2 with the real migrations), so that it runs on empty ones as it
 * must, apart from the application the other tests share.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class NationalDataTest {

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static final int HOSTS = 6_000;

    @Test
    void the_same_seed_gives_the_same_data_set_and_another_seed_another() throws SQLException {
        try (Connection a = database(); Connection b = database(); Connection c = database()) {
            NationalData.generate(a, GenerateOptions.of(HOSTS, 7));
            NationalData.generate(b, GenerateOptions.of(HOSTS, 7));
            NationalData.generate(c, GenerateOptions.of(HOSTS, 8));
            for (String query : List.of(
                    "select id, city_id, district_id, agency_id, stage_name, id_number, followers, created_at from host order by id",
                    "select id, name, credit_code from organisation order by id",
                    "select id, certificate_number, status, valid_to from recognition order by id",
                    "select id, application_id, action, to_state from application_event order by id")) {
                assertEquals(rows(a, query), rows(b, query), query);
            }
            assertNotEquals(rows(a, "select stage_name from host order by id"),
                    rows(c, "select stage_name from host order by id"));
        }
    }

    @Test
    void counts_and_proportions_are_those_of_the_national_set_scaled() throws SQLException {
        try (Connection db = database(); Connection proportional = database()) {
            assertEquals(20, NationalData.generate(proportional, GenerateOptions.of(HOSTS, 1)).get("bases"),
                    "10,000 bases per 3 million hosts");
            // More agencies than in proportion, so that the large cities all have some, as they do at full size.
            Map<String, Long> counts = NationalData.generate(db, new GenerateOptions(HOSTS, 1, 0.05, "x"));
            assertEquals(HOSTS, number(db, "select count(*) from host"));
            assertEquals(counts.get("hosts"), (long) HOSTS);
            assertEquals(297, number(db, "select count(*) from city"));
            assertEquals(1_500, number(db, "select count(*) from agency"));

            // Skewed city sizes: the largest city has several times the hosts of the fifth, most cities few.
            List<Long> sizes = column(db, "select host_count from city order by host_count desc");
            assertTrue(sizes.get(0) > 4 * sizes.get(4), sizes.subList(0, 5).toString());
            assertTrue(sizes.get(0) > HOSTS / 10);
            // Three in four hosts on a roster; rosters from one host to hundreds.
            long rostered = number(db, "select count(*) from host where agency_id is not null");
            assertTrue(rostered > HOSTS * 0.6 && rostered < HOSTS * 0.8, "rostered " + rostered);
            List<Long> rosters = column(db, "select host_count from agency where host_count > 0 order by host_count desc");
            assertTrue(rosters.get(0) > 20 * rosters.get(rosters.size() - 1), rosters.toString());
            // Douyin the most common platform, apparel the most common category.
            assertEquals("DOUYIN", text(db, "select platform from host_account group by platform order by count(*) desc limit 1"));
            assertEquals("APPAREL", text(db, "select category from host_category group by category order by count(*) desc limit 1"));
        }
    }

    @Test
    void stored_counts_match_the_rows_and_codes_are_valid() throws SQLException {
        try (Connection db = database()) {
            NationalData.generate(db, GenerateOptions.of(HOSTS, 3));
            assertEquals(0, number(db, "select count(*) from agency a where host_count <>"
                    + " (select count(*) from host h where h.agency_id = a.id)"));
            assertEquals(0, number(db, "select count(*) from city c where host_count <>"
                    + " (select count(*) from host h where h.city_id = c.id)"));
            assertEquals(0, number(db, "select count(*) from district d where host_count <>"
                    + " (select count(*) from host h where h.district_id = d.id)"));
            for (String place : List.of("city", "district")) {
                for (String kind : List.of("estate", "base", "agency")) {
                    assertEquals(0, number(db, "select count(*) from " + place + " p where " + kind + "_count <>"
                            + " (select count(*) from " + kind + " x where x." + place + "_id = p.id)"),
                            kind + " in " + place);
                }
            }
            assertTrue(number(db, "select sum(base_count) from city") > 0);
            assertEquals(0, number(db, "select count(*) from host h where followers <>"
                    + " (select coalesce(sum(x.followers), 0) from host_account x where x.host_id = h.id)"));
            for (Object code : rows(db, "select credit_code from organisation")) {
                assertTrue(CreditCode.isValid((String) ((List<?>) code).get(0)), code.toString());
            }
            for (Object number : rows(db, "select id_number from host where mod(id, 7) = 0")) {
                assertTrue(IdNumber.isValid((String) ((List<?>) number).get(0)), number.toString());
            }
            // Every recognition has the application that granted it, ending in the state of its status.
            assertEquals(0, number(db, "select count(*) from recognition r where not exists (select 1 from application a"
                    + " where a.recognition_id = r.id)"));
            // The sequence continues past the generated ids, so the application's own inserts cannot collide.
            long max = number(db, "select max(id) from application_event");
            assertTrue(number(db, "select next value for livebase_seq") > max + 50);
        }
    }

    @Test
    void the_schema_after_a_generation_is_the_one_flyway_made() throws SQLException {
        try (Connection fresh = database(); Connection db = database()) {
            NationalData.generate(db, GenerateOptions.of(500, 4));
            assertEquals(Schemas.describe(fresh), Schemas.describe(db));
        }
    }

    @Test
    void deferred_indexes_come_back_as_they_were_primary_keys_included() throws SQLException {
        try (Connection fresh = database(); Connection db = database()) {
            DeferredIndexes deferred = DeferredIndexes.drop(db, true, "search_doc", "search_gram");
            assertEquals(0, number(db, "select count(*) from information_schema.indexes where table_schema = current_schema"
                    + " and table_name in ('SEARCH_DOC', 'SEARCH_GRAM')"));
            deferred.restore(db);
            assertEquals(Schemas.describe(fresh), Schemas.describe(db));
        }
    }

    @Test
    void an_existing_data_set_is_never_generated_over() throws SQLException {
        try (Connection db = database()) {
            NationalData.generate(db, GenerateOptions.of(100, 1));
            assertThrows(IllegalStateException.class, () -> NationalData.generate(db, GenerateOptions.of(100, 1)));
            assertEquals(100, number(db, "select count(*) from host"));
        }
    }

    @Test
    void bad_options_are_refused_with_the_usage() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> GenerateOptions.parse(List.of("--hosts", "many")));
        assertTrue(e.getMessage().contains("usage"));
        assertThrows(IllegalArgumentException.class, () -> GenerateOptions.parse(List.of("--colour", "red")));
        assertEquals(new GenerateOptions(1000, 5, 0.5, "livebase-bench"),
                GenerateOptions.parse(List.of("--hosts", "1000", "--seed", "5", "--scale", "0.5")));
    }

    private static Connection database() throws SQLException {
        String url = "jdbc:h2:mem:generate-" + DATABASES.incrementAndGet() + ";DB_CLOSE_DELAY=-1";
        Flyway.configure().dataSource(url, "sa", "").load().migrate();
        return DriverManager.getConnection(url, "sa", "");
    }

    private static List<List<Object>> rows(Connection db, String query) throws SQLException {
        List<List<Object>> rows = new ArrayList<>();
        try (Statement statement = db.createStatement(); ResultSet rs = statement.executeQuery(query)) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<Object> row = new ArrayList<>();
                for (int i = 1; i <= columns; i++) {
                    row.add(rs.getObject(i));
                }
                rows.add(row);
            }
        }
        return rows;
    }

    private static List<Long> column(Connection db, String query) throws SQLException {
        return rows(db, query).stream().map(r -> ((Number) r.get(0)).longValue()).toList();
    }

    private static long number(Connection db, String query) throws SQLException {
        return column(db, query).get(0);
    }

    private static String text(Connection db, String query) throws SQLException {
        return (String) rows(db, query).get(0).get(0);
    }
}
