package org.livebase.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.livebase.agency.Agency;
import org.livebase.base.Base;
import org.livebase.catalog.Category;
import org.livebase.catalog.Platform;
import org.livebase.city.City;
import org.livebase.estate.Estate;
import org.livebase.host.Host;
import org.livebase.recognition.RecognitionStatus;
import org.livebase.testsupport.Fixtures;
import org.livebase.testsupport.Schemas;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

/** The whole index rebuilt at once gives what indexing each record gives, on the schema Flyway made. */
@QuarkusTest
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class GramBulkBuildTest {

    @Inject
    SearchEngine engine;

    @Inject
    GramBulkBuild bulk;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void a_rebuild_stores_the_rows_that_indexing_each_record_stores_and_leaves_the_schema_as_it_was()
            throws SQLException {
        City city = Fixtures.city();
        Host host = Fixtures.host(city, h -> {
            h.stageName = "小鹿 Deer ＬＩＶＥ";
            h.categories.add(Category.APPAREL);
            h.categories.add(Category.FOOD);
            h.addAccount(Fixtures.account(Platform.DOUYIN, 1_000));
        });
        Agency agency = Fixtures.agency(city, a -> {
            a.nameEn = "Golden Harvest  Media";
            a.categories.add(Category.COSMETICS);
        });
        Base base = Fixtures.base(city, b -> b.name = "徐州直播基地");
        Estate estate = Fixtures.estate(city, e -> e.nameEn = null);
        Fixtures.recognition(city, RecognitionStatus.WARNED, r -> r.subject(base));
        engine.index(SearchKind.HOST, List.of(host.id));
        engine.index(SearchKind.AGENCY, List.of(agency.id));
        engine.index(SearchKind.BASE, List.of(base.id));
        engine.index(SearchKind.ESTATE, List.of(estate.id));
        String ids = Stream.of(host.id, agency.id, base.id, estate.id).map(String::valueOf)
                .collect(Collectors.joining(", "));
        String docs = "select * from search_doc where id in (" + ids + ") order by id";
        String grams = "select gram, doc_id from search_gram where doc_id in (" + ids + ") order by gram, doc_id";
        List<String> one;
        List<String> oneGrams;
        List<String> schema;
        try (Connection c = dataSource.getConnection()) {
            one = rows(c, docs);
            oneGrams = rows(c, grams);
            schema = Schemas.describe(c);
        }
        assertFalse(oneGrams.isEmpty());

        engine.rebuild();

        try (Connection c = dataSource.getConnection()) {
            assertEquals(one, rows(c, docs));
            assertEquals(oneGrams, rows(c, grams));
            assertEquals(schema, Schemas.describe(c));
        }
    }

    @Test
    void a_fill_that_fails_half_way_still_leaves_the_keys_and_indexes_in_place() throws SQLException {
        List<String> schema;
        try (Connection c = dataSource.getConnection()) {
            schema = Schemas.describe(c);
        }
        assertThrows(IllegalStateException.class, () -> bulk.build(() -> {
            throw new IllegalStateException("the fill failed");
        }));
        try (Connection c = dataSource.getConnection()) {
            assertEquals(schema, Schemas.describe(c));
        }
        // The index is whole again for the other tests.
        engine.rebuild();
    }

    @Test
    void a_rebuild_stores_the_records_by_their_id() throws SQLException {
        City city = Fixtures.city();
        Fixtures.host(city, h -> h.stageName = "Keyed 甲");
        Fixtures.agency(city, a -> a.nameEn = "Keyed Media");

        engine.rebuild();

        try (Connection c = dataSource.getConnection()) {
            assumeTrue(c.getMetaData().getDatabaseProductName().equals("H2"),
                    "how rows are stored by their key is H2's: PostgreSQL keeps every table as a heap");
            List<String> counts = rows(c, "select count(*), sum(case when _rowid_ = id then 1 else 0 end) from search_doc");
            String[] both = counts.get(0).split("\\|");
            assertTrue(Long.parseLong(both[0]) >= 2);
            // H2 gives a table stored by its key the key as its row id; a key added over the rows leaves them numbered
            // in the order they were stored.
            assertEquals(both[0], both[1]);
        }
    }

    private static List<String> rows(Connection c, String query) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement statement = c.createStatement(); ResultSet rs = statement.executeQuery(query)) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= columns; i++) {
                    row.append(rs.getString(i)).append('|');
                }
                rows.add(row.toString());
            }
        }
        return rows;
    }
}
