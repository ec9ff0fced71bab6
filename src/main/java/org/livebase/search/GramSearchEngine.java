package org.livebase.search;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;

import org.hibernate.Session;
import org.livebase.city.CityRef;
import org.livebase.web.Remembered;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Search on the application's own database, portable SQL only: an n-gram index ({@code search_gram}: every character
 * and adjacent pair of every word of each record's names) over a table of the records' names and filter values
 * ({@code search_doc}).
 * <p>
 * A page is read in three tiers, each by keyset: (1) names starting with the query, in name order — so the exact match
 * comes first; (2) English names starting with it, in English name order; (3) every other record containing all the
 * query's terms, in id order, by walking the posting list of the query's rarest gram (or a filtered city's records,
 * when fewer) and checking each candidate for each term. Every walk goes in bounded steps with a budget per request,
 * however deep the page; the total and the facets count the matches within a budget of postings and up to
 * {@link SearchConfig#countCap}.
 * <p>
 * A candidate is checked with {@code position(term in name)}, not {@code LIKE '%term%'}: H2 evaluates such a LIKE about
 * twenty times slower per row (1,192 candidates: 4.5 ms against 0.2 ms), and the checks are most of what a count
 * costs. Position also takes the term as it is, so {@code %}, {@code _} and backslashes need no escaping there; LIKE
 * stays only where a prefix is an index range (the first two tiers).
 */
@ApplicationScoped
public class GramSearchEngine implements SearchEngine {

    private static final String LIKE_ESCAPE = " escape '\\'";
    /** Enough to tell a rare gram from a common one without counting a long posting list to its end. */
    private static final int GRAM_ESTIMATE_LIMIT = 2000;
    /**
     * How far the grams of a query whose grams are all common are counted, to tell which is rarest: at the estimate's
     * limit they all looked alike, and the first in order was walked ("an" of "hangzhou", 64,500 postings, instead of
     * "gz", 6,500).
     */
    private static final int COMMON_GRAM_LIMIT = 100_000;
    /** Ids per statement when indexing a given set of records. */
    private static final int ID_CHUNK = 500;
    /**
     * Counts of this many matches and more, counts stopped at their budget (already "more than") and counts that walked
     * a long list are reused for a while: a common term's facets tell a visitor as much when a minute old. Fewer
     * matches found in a short list are counted every time. Since a word's rarest gram is found among common ones
     * ({@link #COMMON_GRAM_LIMIT}), its list is often walked to its end: counted exactly, but no cheaper for that.
     */
    private static final long REMEMBERED_FROM = 1_000;
    private static final Remembered<Counted> COUNTS = new Remembered<>(Duration.ofSeconds(60), 10_000,
            counted -> counted.total >= REMEMBERED_FROM || !counted.exact || counted.walked >= GRAM_ESTIMATE_LIMIT);
    /**
     * A gram's posting list length, by the limit it was counted to and the gram, once it reaches the estimate's limit:
     * records are added far more often than a common gram becomes rare, and each count reads up to its limit's
     * entries ({@link #GRAM_ESTIMATE_LIMIT}, or {@link #COMMON_GRAM_LIMIT}).
     */
    private static final Remembered<Long> COMMON_GRAMS = new Remembered<>(Duration.ofMinutes(10), 100_000,
            count -> count >= GRAM_ESTIMATE_LIMIT);
    /**
     * A city's number of records up to {@link #COMMON_GRAM_LIMIT} once it is large, for the same reason: a search in
     * a city compares it with the rarest gram's count, whichever limit that was counted to.
     */
    private static final Remembered<Long> LARGE_CITIES = new Remembered<>(Duration.ofMinutes(10), 1_000,
            count -> count >= GRAM_ESTIMATE_LIMIT);

    private final EntityManager em;
    private final SearchConfig config;
    private final GramBulkBuild bulk;

    GramSearchEngine(EntityManager em, SearchConfig config, GramBulkBuild bulk) {
        this.em = em;
        this.config = config;
        this.bulk = bulk;
    }

    @Override
    @Transactional
    public SearchResult search(SearchQuery query) {
        // Hibernate turns a statement's SQLException into its kind of failure (bad data: 400) only when the work throws
        // it, so the one carried out of a remembered computation is unwrapped inside the work.
        Run run = session().doReturningWork(c -> {
            try {
                return new Run(c, query).execute();
            } catch (UncheckedSqlException e) {
                throw e.getCause();
            }
        });
        Page page = run.page;
        Counted counted = run.counted;
        Map<Long, CityRef> cities = run.cities;
        List<SearchHit> hits = page.rows.stream().map(r -> new SearchHit(r.kind, r.id, r.name, r.nameEn,
                cities.get(r.cityId), FacetBits.statuses(r.facets), r.kind.path(r.id))).toList();
        SearchFacets facets = new SearchFacets(ranked(counted.kinds), counted.cities.entrySet().stream()
                .sorted(Map.Entry.<Long, Long> comparingByValue().reversed())
                .map(e -> new CityCount(cities.get(e.getKey()), e.getValue())).toList(),
                ranked(counted.categories), ranked(counted.platforms), ranked(counted.statuses));
        // A count stopped at its budget may not have reached matches the page found further on: it is a lower bound.
        long total = counted.exact ? counted.total : Math.max(counted.total, hits.size());
        return new SearchResult(hits, total, counted.exact, facets,
                page.next == null ? null : page.next.encode(), page.previous == null ? null : page.previous.encode());
    }

    @Override
    @Transactional
    public void index(SearchKind kind, Collection<Long> ids) {
        List<Long> all = new ArrayList<>(new TreeSet<>(ids));
        for (int from = 0; from < all.size(); from += ID_CHUNK) {
            List<Long> chunk = all.subList(from, Math.min(all.size(), from + ID_CHUNK));
            session().doWork(c -> {
                removeAll(c, chunk);
                insert(c, load(c, kind, "in (" + marks(chunk.size()) + ")", chunk));
            });
        }
    }

    @Override
    @Transactional
    public void remove(long id) {
        session().doWork(c -> removeAll(c, List.of(id)));
    }

    @Override
    public long rebuild() {
        long started = System.nanoTime();
        long indexed;
        try {
            indexed = bulk.build(this::fill);
        } catch (SQLException e) {
            throw new IllegalStateException("the search index could not be rebuilt", e);
        }
        Log.infof("Search index rebuilt: %d records in %d ms", indexed, (System.nanoTime() - started) / 1_000_000);
        return indexed;
    }

    /** Stores every directory record in the emptied index, a batch per transaction; answers how many. */
    private long fill() {
        int timeout = (int) config.rebuildTransactionTimeout().toSeconds();
        long indexed = 0;
        for (SearchKind kind : SearchKind.values()) {
            long after = Long.MIN_VALUE;
            while (true) {
                long from = after;
                List<Long> ids = QuarkusTransaction.requiringNew().timeout(timeout).call(() -> session().doReturningWork(c -> {
                    List<Long> chunk = longs(c, "select id from " + kind.table + " where id > ? order by id"
                            + " fetch first " + config.rebuildBatch() + " rows only", from);
                    if (!chunk.isEmpty()) {
                        insert(c, load(c, kind, "between ? and ?", List.of(chunk.get(0), chunk.get(chunk.size() - 1))));
                    }
                    return chunk;
                }));
                if (ids.isEmpty()) {
                    break;
                }
                indexed += ids.size();
                after = ids.get(ids.size() - 1);
            }
        }
        return indexed;
    }

    @Override
    @Transactional
    public boolean isEmpty() {
        return session().doReturningWork(c -> longs(c, "select id from search_doc fetch first 1 rows only").isEmpty());
    }

    private Session session() {
        return em.unwrap(Session.class);
    }

    // reading

    /** One search against one connection. */
    private final class Run {

        private final Connection c;
        private final SearchQuery query;
        private final String prefix;
        /** The facet bits ({@link FacetBits}) a match must have: the kind, category, platform and status asked. */
        private final int required;

        private Page page;
        private Counted counted;
        /** The cities of the page's rows and of the city facet. */
        private Map<Long, CityRef> cities;
        /** Found once per search: "" when the query has a gram no name has. */
        private String rarest;
        /** The rarest gram's posting list length, up to {@link #rarestLimit}. */
        private long rarestCount;
        /** How far the grams were counted: past the estimate's limit when all of them reached it. */
        private int rarestLimit = GRAM_ESTIMATE_LIMIT;
        /** The filtered city's records, up to {@link #COMMON_GRAM_LIMIT}. */
        private long cityCount;
        /** Whether the matches are walked from the filtered city's records rather than the rarest gram's list. */
        private Boolean byCity;
        /** Index entries the page's walks have read, in steps. */
        private int read;
        /** Where a walk stopped at the request's budget, null when it filled the page or reached the end. */
        private SearchCursor stopped;

        Run(Connection c, SearchQuery query) {
            this.c = c;
            this.query = query;
            this.prefix = SearchText.startingWith(query.normalised());
            required = (query.kind() == null ? 0 : FacetBits.bit(query.kind()))
                    | (query.category() == null ? 0 : FacetBits.bit(query.category()))
                    | (query.platform() == null ? 0 : FacetBits.bit(query.platform()))
                    | (query.status() == null ? 0 : FacetBits.bit(query.status()));
        }

        /**
         * The filters as " and ..." clauses on the postings ({@code g}, when the walk reads a posting list) or on the
         * records ({@code d}), adding their values. Both carry the record's city and facet bits, and so do the name
         * indexes' entries: a walk checks a filter on the entry it reads and reads the record only of those that
         * pass. A filter few records pass (a recognition status) no longer reads a record per posting, nor per name in
         * a prefix's range.
         */
        private String filters(String on, List<Object> params) {
            StringBuilder sql = new StringBuilder();
            if (query.city() != null) {
                // On the records an expression, not the column: the planner must never drive a search from
                // search_doc_city, which holds 1.5 million records for Hangzhou (ten seconds, when it once did so
                // instead of walking the posting list); when the city's records are the better walk, walk() says so.
                sql.append(" and ").append(on).append(on.equals("d") ? ".city_id + 0 = ?" : ".city_id = ?");
                params.add(query.city().id);
            }
            for (int bit = 0; bit < Integer.SIZE - 1; bit++) {
                if ((required & 1 << bit) != 0) {
                    // A bit test in portable SQL: H2 and PostgreSQL spell a bitwise "and" differently.
                    sql.append(" and mod(").append(on).append(".facets / ?, 2) = 1");
                    params.add(1 << bit);
                }
            }
            return sql.toString();
        }

        /** The term checks: each term in the name or the English name. */
        private String terms(List<Object> into) {
            StringBuilder sql = new StringBuilder();
            for (String term : query.terms()) {
                sql.append(" and (position(? in d.name_norm) > 0 or position(? in d.name_en_norm) > 0)");
                into.add(term);
                into.add(term);
            }
            return sql.toString();
        }

        Run execute() throws SQLException {
            if (rarestGram() == null) {
                // Some gram of the query is in no name, so no name contains the query.
                page = new Page(List.of(), null, null);
                counted = new Counted();
            } else {
                page = page();
                counted = COUNTS.get(countKey(), unchecked(this::count));
            }
            Set<Long> ids = new TreeSet<>(counted.cities.keySet());
            page.rows.forEach(r -> ids.add(r.cityId));
            cities = cities(ids);
            return this;
        }

        /**
         * The cities of these ids as plain values, one statement whatever their number: read as entities by an HQL
         * in-list, which Hibernate translates again for each length, they were a fifth of a search made for the
         * request.
         */
        private Map<Long, CityRef> cities(Set<Long> ids) throws SQLException {
            Map<Long, CityRef> cities = new HashMap<>();
            if (ids.isEmpty()) {
                return cities;
            }
            try (PreparedStatement statement = c.prepareStatement(
                    "select id, code, name_zh, name_en from city where id = any(?)")) {
                statement.setArray(1, c.createArrayOf("BIGINT", ids.toArray()));
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        cities.put(rs.getLong(1), new CityRef(rs.getString(2), rs.getString(3), rs.getString(4)));
                    }
                }
            }
            return cities;
        }

        /** The query's terms and filters: what the counts depend on (the page does not). */
        private String countKey() {
            return String.join(" ", query.terms()) + "|" + query.kind() + "|"
                    + (query.city() == null ? "" : query.city().id) + "|" + query.category() + "|"
                    + query.platform() + "|" + query.status();
        }

        private Page page() throws SQLException {
            SearchCursor cursor = query.cursor();
            boolean back = cursor != null && cursor.before();
            int want = query.size() + 1;
            List<Row> rows = new ArrayList<>();
            int start = cursor == null ? 1 : cursor.tier();
            for (int tier = start; tier >= 1 && tier <= 3 && rows.size() < want && stopped == null;
                    tier += back ? -1 : 1) {
                rows.addAll(tier(tier, tier == start ? cursor : null, back, want - rows.size()));
            }
            boolean more = rows.size() > query.size();
            List<Row> items = new ArrayList<>(rows.subList(0, Math.min(rows.size(), query.size())));
            if (back) {
                Collections.reverse(items);
            }
            // A walk stopped at its budget has not seen the end: the page links on from where it stopped.
            SearchCursor stopped = more ? null : this.stopped;
            SearchCursor next;
            SearchCursor previous;
            if (items.isEmpty()) {
                next = back ? cursor.reversed() : stopped;
                previous = back ? stopped : cursor == null ? null : cursor.reversed();
            } else {
                next = back || more ? items.get(items.size() - 1).cursor(false) : stopped;
                previous = back ? (more ? items.get(0).cursor(true) : stopped)
                        : (cursor == null ? null : items.get(0).cursor(true));
            }
            return new Page(items, next, previous);
        }

        /**
         * Up to {@code limit} rows of one tier, after (or before) the cursor when given, walked in steps
         * ({@link SearchConfig#walkStep}), each one bounded query, until the page is full, the tier ends or the
         * request's budget is spent: a filter few records pass (a recognition status) would otherwise read a whole
         * prefix range or a common gram's whole posting list to fill one page. A walk stopped at the budget leaves
         * {@link #stopped}, from where the page links on.
         */
        private List<Row> tier(int tier, SearchCursor from, boolean back, int limit) throws SQLException {
            if (tier == 3 && walksCity()) {
                return tier(tier, from, null, back, limit);
            }
            List<Row> rows = new ArrayList<>();
            SearchCursor position = from;
            while (rows.size() < limit) {
                if (read >= config.walkBudget() && position != null) {
                    stopped = new SearchCursor(back, tier, position.key(), position.id());
                    break;
                }
                SearchCursor bound = bound(tier, position, back, config.walkStep());
                rows.addAll(tier(tier, position, bound, back, limit - rows.size()));
                read += config.walkStep();
                if (bound == null) {
                    break;
                }
                position = bound;
            }
            return rows;
        }

        /**
         * The index entry {@code n} entries after (or before) {@code from} in the tier's order, null when fewer remain:
         * a walk of the index alone, without reading a record. A posting list shorter than the estimate's limit has
         * been counted whole already, so one shorter than {@code n} needs no walk: most terms' lists are, and reading
         * them to their end once more was a fifth of a search made for the request.
         */
        private SearchCursor bound(int tier, SearchCursor from, boolean back, int n) throws SQLException {
            if (tier == 3 && rarestGram() != null && rarestCount < Math.min(n, rarestLimit)) {
                return null;
            }
            List<Object> params = new ArrayList<>();
            params.add(tier == 3 ? rarestGram() : prefix);
            String order = back ? " desc" : "";
            String sql = tier == 3
                    ? "select null, g.doc_id from search_gram g where g.gram = ?" + after(tier, from, back, params)
                            + " order by g.gram" + order + ", g.doc_id" + order
                    : "select " + key(tier) + ", d.id from search_doc d where " + key(tier) + " like ?" + LIKE_ESCAPE
                            + after(tier, from, back, params) + " order by " + key(tier) + order + ", d.id" + order;
            try (PreparedStatement statement = prepare(c, sql + " offset " + (n - 1)
                    + " rows fetch first 1 rows only", params); ResultSet rs = statement.executeQuery()) {
                return rs.next() ? new SearchCursor(back, tier, rs.getString(1), rs.getLong(2)) : null;
            }
        }

        /** The name a prefix tier is ordered by. */
        private static String key(int tier) {
            return tier == 1 ? "d.name_norm" : "d.name_en_norm";
        }

        /** " and …" past {@code from} (exclusive) in the tier's order, nothing for none. */
        private String after(int tier, SearchCursor from, boolean back, List<Object> params) throws SQLException {
            return beyond(tier, from, back ? "<" : ">", "", params);
        }

        /** " and …" up to {@code bound} (inclusive) in the tier's order, nothing for none. */
        private String upTo(int tier, SearchCursor bound, boolean back, List<Object> params) throws SQLException {
            return beyond(tier, bound, back ? ">" : "<", "=", params);
        }

        /** " and …" on the {@code op} side of {@code at} in the tier's order ({@code orEqual} "=" to include it). */
        private String beyond(int tier, SearchCursor at, String op, String orEqual, List<Object> params)
                throws SQLException {
            if (at == null) {
                return "";
            }
            if (tier == 3) {
                params.add(at.id());
                return " and " + walkKey() + " " + op + orEqual + " ?";
            }
            // The plain comparison first is what the index range starts (or ends) at; the disjunction alone is exact but
            // H2 does not narrow a range by it, so every step of a prefix tier read its range again from the prefix's
            // first name: deep into a prefix shared by 100,000 names ("l"), with a filter few pass, 800 ms a request.
            params.addAll(List.of(at.key(), at.key(), at.key(), at.id()));
            return " and " + key(tier) + " " + op + "= ? and (" + key(tier) + " " + op + " ? or (" + key(tier)
                    + " = ? and d.id " + op + orEqual + " ?))";
        }

        /** Up to {@code limit} rows of one tier, after (or before) the cursor, and up to {@code bound} when given. */
        private List<Row> tier(int tier, SearchCursor from, SearchCursor bound, boolean back, int limit)
                throws SQLException {
            String order = back ? " desc" : "";
            List<Object> params = new ArrayList<>();
            StringBuilder sql = new StringBuilder("select d.id, d.kind, d.name, d.name_en, d.city_id, d.facets, ");
            if (tier == 3) {
                sql.append("null from ").append(walk(params));
                sql.append(after(tier, from, back, params));
                sql.append(upTo(tier, bound, back, params));
                sql.append(terms(params));
                sql.append(" and position(? in d.name_norm) <> 1"
                        + " and (d.name_en_norm is null or position(? in d.name_en_norm) <> 1)");
                params.add(query.normalised());
                params.add(query.normalised());
            } else {
                sql.append(key(tier)).append(" from search_doc d where ").append(key(tier))
                        .append(" like ?" + LIKE_ESCAPE);
                params.add(prefix);
                sql.append(after(tier, from, back, params));
                sql.append(upTo(tier, bound, back, params));
                if (tier == 2) {
                    sql.append(" and position(? in d.name_norm) <> 1");
                    params.add(query.normalised());
                }
            }
            sql.append(filters(tier == 3 && !walksCity() ? "g" : "d", params));
            sql.append(" order by ").append(tier == 3 ? walkOrder(order) : key(tier) + order + ", d.id" + order)
                    .append(" fetch first ").append(limit).append(" rows only");
            List<Row> rows = new ArrayList<>();
            try (PreparedStatement statement = prepare(c, sql.toString(), params); ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Row(rs.getLong(1), SearchKind.valueOf(rs.getString(2)), rs.getString(3),
                            rs.getString(4), rs.getLong(5), rs.getInt(6), tier, rs.getString(7)));
                }
            }
            return rows;
        }

        /** The matches' total and facet counts, up to the cap. */
        private Counted count() throws SQLException {
            Counted counted = isOneGram() && !walksCity() ? countPostings() : countRecords();
            counted.walked = walksCity() ? cityCount : rarestCount;
            return counted;
        }

        /**
         * Whether the query is a single term that is itself a gram (one or two characters): its posting list is then
         * exactly the records that contain it, with no record to check.
         */
        private boolean isOneGram() throws SQLException {
            return query.terms().size() == 1 && query.terms().get(0).equals(rarestGram());
        }

        /**
         * The counts of a one-gram query from its posting list alone, which carries each record's city and facets: the
         * list is read in the order of its index, a few pages for thousands of matches, where reading each match's
         * record lands on a page of its own (200 such terms: 880–1,770 ms against 40–98 ms). The filters are checked
         * here, on the same values.
         */
        private Counted countPostings() throws SQLException {
            Counted counted = new Counted();
            Long city = query.city() == null ? null : query.city().id;
            int budget = config.countBudget();
            try (PreparedStatement statement = prepare(c, "select g.city_id, g.facets from search_gram g"
                    + " where g.gram = ? order by g.gram, g.doc_id fetch first " + (budget + 1) + " rows only",
                    List.of(rarestGram()));
                    ResultSet rs = statement.executeQuery()) {
                int postings = 0;
                while (rs.next()) {
                    if (++postings > budget) {
                        counted.exact = false;
                        break;
                    }
                    long cityId = rs.getLong(1);
                    int facets = rs.getInt(2);
                    if ((facets & required) != required || city != null && city != cityId) {
                        continue;
                    }
                    if (counted.total == config.countCap()) {
                        counted.exact = false;
                        break;
                    }
                    counted.add(cityId, facets);
                }
            }
            return counted;
        }

        /** The counts of any other query, checking each candidate's record against the terms and filters. */
        private Counted countRecords() throws SQLException {
            Counted counted = new Counted();
            List<Object> params = new ArrayList<>();
            StringBuilder sql = new StringBuilder("select d.city_id, d.facets from ").append(walk(params));
            SearchCursor bound = walksCity() ? null : bound(3, null, false, config.countBudget());
            sql.append(upTo(3, bound, false, params));
            sql.append(terms(params)).append(filters(walksCity() ? "d" : "g", params)).append(" fetch first ")
                    .append(config.countCap() + 1).append(" rows only");
            try (PreparedStatement statement = prepare(c, sql.toString(), params);
                    ResultSet rs = statement.executeQuery()) {
                // The cap is checked before the next row is read: that row, one past the cap, is what says "more than".
                while (counted.total < config.countCap() && rs.next()) {
                    counted.add(rs.getLong(1), rs.getInt(2));
                }
                counted.exact = !rs.next() && bound == null;
            }
            return counted;
        }

        /**
         * Where the matches are walked from, in doc id order, as a FROM clause and the start of a WHERE: the rarest
         * gram's posting list, or the filtered city's records when there are fewer of them (a common term filtered on
         * a small city would otherwise read the whole posting list to find a handful). Each candidate is then checked
         * against the terms either way.
         */
        private String walk(List<Object> params) throws SQLException {
            if (walksCity()) {
                params.add(query.city().id);
                return "search_doc d where d.city_id = ?";
            }
            params.add(rarestGram());
            return "search_gram g join search_doc d on d.id = g.doc_id where g.gram = ?";
        }

        private String walkKey() throws SQLException {
            return walksCity() ? "d.id" : "g.doc_id";
        }

        /**
         * The walk's order. The fixed column leads it (gram or city): H2 walks an index in order only when the ORDER BY
         * starts with the index's first column; otherwise it reads the whole list (7,000 rows for 直播) and sorts it.
         */
        private String walkOrder(String direction) throws SQLException {
            return walksCity() ? "d.city_id" + direction + ", d.id" + direction
                    : "g.gram" + direction + ", g.doc_id" + direction;
        }

        private boolean walksCity() throws SQLException {
            if (byCity == null) {
                rarestGram();
                cityCount = query.city() == null || rarestCount == 0 ? 0
                        : LARGE_CITIES.get(String.valueOf(query.city().id), unchecked(() -> longs(c,
                                "select count(*) from (select id from search_doc where city_id = ? fetch first "
                                        + COMMON_GRAM_LIMIT + " rows only) d", query.city().id).get(0)));
                byCity = query.city() != null && rarestCount > 0 && cityCount < rarestCount;
            }
            return byCity;
        }

        /** The gram of the query with the shortest posting list, null when some gram has none (nothing matches). */
        private String rarestGram() throws SQLException {
            if (rarest != null) {
                return rarest.isEmpty() ? null : rarest;
            }
            Set<String> grams = new TreeSet<>();
            query.terms().forEach(t -> grams.addAll(SearchText.queryGrams(t)));
            Map<String, Long> counts = counts(grams, GRAM_ESTIMATE_LIMIT);
            if (counts.size() > 1 && Collections.min(counts.values()) >= GRAM_ESTIMATE_LIMIT) {
                counts = counts(grams, COMMON_GRAM_LIMIT);
                rarestLimit = COMMON_GRAM_LIMIT;
            }
            Map.Entry<String, Long> fewest = counts.entrySet().stream().min(Map.Entry.comparingByValue()).orElse(null);
            rarest = fewest == null || fewest.getValue() == 0 ? "" : fewest.getKey();
            rarestCount = fewest == null ? 0 : fewest.getValue();
            return rarest.isEmpty() ? null : rarest;
        }

        /** The grams' posting list lengths, each up to {@code limit}, up to the first that has none. */
        private Map<String, Long> counts(Set<String> grams, int limit) throws SQLException {
            Map<String, Long> counts = new TreeMap<>();
            try (PreparedStatement statement = c.prepareStatement("select count(*) from (select doc_id from search_gram"
                    + " where gram = ? fetch first " + limit + " rows only) g")) {
                for (String gram : grams) {
                    long count = COMMON_GRAMS.get(limit + " " + gram, unchecked(() -> {
                        statement.setString(1, gram);
                        try (ResultSet rs = statement.executeQuery()) {
                            rs.next();
                            return rs.getLong(1);
                        }
                    }));
                    counts.put(gram, count);
                    if (count == 0) {
                        break;
                    }
                }
            }
            return counts;
        }
    }

    private record Row(long id, SearchKind kind, String name, String nameEn, long cityId, int facets, int tier,
            String key) {

        SearchCursor cursor(boolean before) {
            return new SearchCursor(before, tier, key, id);
        }
    }

    private record Page(List<Row> rows, SearchCursor next, SearchCursor previous) {
    }

    private static final class Counted {
        long total;
        boolean exact = true;
        /** The length of the list the count walked (up to its limit), however far it read. */
        long walked;
        final Map<String, Long> kinds = new HashMap<>();
        final Map<Long, Long> cities = new HashMap<>();
        final Map<String, Long> categories = new HashMap<>();
        final Map<String, Long> platforms = new HashMap<>();
        final Map<String, Long> statuses = new HashMap<>();

        /** Counts one match, of this city and with these facet bits. */
        void add(long cityId, int facets) {
            total++;
            cities.merge(cityId, 1L, Long::sum);
            FacetBits.each(facets, v -> kinds.merge(v, 1L, Long::sum), v -> categories.merge(v, 1L, Long::sum),
                    v -> platforms.merge(v, 1L, Long::sum), v -> statuses.merge(v, 1L, Long::sum));
        }
    }

    /** Statements run for {@link Remembered}, which takes no checked exception. */
    private interface SqlCall<V> {
        V call() throws SQLException;
    }

    private static <V> Supplier<V> unchecked(SqlCall<V> call) {
        return () -> {
            try {
                return call.call();
            } catch (SQLException e) {
                throw new UncheckedSqlException(e);
            }
        };
    }

    /** Carries a statement's failure out of a computation that {@link Remembered} runs. */
    private static final class UncheckedSqlException extends RuntimeException {

        UncheckedSqlException(SQLException cause) {
            super(cause);
        }

        @Override
        public synchronized SQLException getCause() {
            return (SQLException) super.getCause();
        }
    }

    private static List<FacetCount> ranked(Map<String, Long> counts) {
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long> comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(e -> new FacetCount(e.getKey(), e.getValue())).toList();
    }

    // writing

    /** A record as the index holds it. */
    private record Doc(long id, SearchKind kind, String name, String nameEn, long cityId, int facets) {

        String nameNorm() {
            return SearchText.normalise(name);
        }

        String nameEnNorm() {
            return SearchText.normalise(nameEn);
        }
    }

    /** The records of {@code kind} whose id satisfies {@code idClause} (e.g. "in (?, ?)"), with their facet values. */
    private static List<Doc> load(Connection c, SearchKind kind, String idClause, List<Long> ids) throws SQLException {
        Map<Long, Set<String>> categories = kind.categoryTable == null ? Map.of()
                : values(c, "select " + kind.ownerColumn() + ", category from " + kind.categoryTable + " where "
                        + kind.ownerColumn() + " " + idClause, ids);
        Map<Long, Set<String>> platforms = kind.platformTable == null ? Map.of()
                : values(c, "select " + kind.ownerColumn() + ", platform from " + kind.platformTable + " where "
                        + kind.ownerColumn() + " " + idClause, ids);
        Map<Long, Set<String>> statuses = kind.recognitionColumn == null ? Map.of()
                : values(c, "select " + kind.recognitionColumn + ", status from recognition where "
                        + kind.recognitionColumn + " " + idClause, ids);
        String sql = "select id, " + kind.nameColumn + ", " + (kind.nameEnColumn == null ? "null" : kind.nameEnColumn)
                + ", city_id from " + kind.table + " where id " + idClause + " order by id";
        List<Doc> docs = new ArrayList<>();
        try (PreparedStatement statement = prepare(c, sql, ids); ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
                long id = rs.getLong(1);
                docs.add(new Doc(id, kind, rs.getString(2), rs.getString(3), rs.getLong(4),
                        FacetBits.of(kind, categories.getOrDefault(id, Set.of()), platforms.getOrDefault(id, Set.of()),
                                statuses.getOrDefault(id, Set.of()))));
            }
        }
        return docs;
    }

    private static Map<Long, Set<String>> values(Connection c, String sql, List<Long> ids) throws SQLException {
        Map<Long, Set<String>> values = new HashMap<>();
        try (PreparedStatement statement = prepare(c, sql, ids); ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
                values.computeIfAbsent(rs.getLong(1), id -> new TreeSet<>()).add(rs.getString(2));
            }
        }
        return values;
    }

    /** A row of {@code search_gram}, in the order of its primary key. */
    private record Posting(String gram, long docId, long cityId, int facets) implements Comparable<Posting> {

        @Override
        public int compareTo(Posting other) {
            int byGram = gram.compareTo(other.gram);
            return byGram != 0 ? byGram : Long.compare(docId, other.docId);
        }
    }

    /**
     * Writes the records' rows. The grams go in the order of their primary key, so that consecutive inserts land on
     * the same index pages instead of jumping between a record's thirty-odd grams.
     */
    private static void insert(Connection c, List<Doc> docs) throws SQLException {
        List<Posting> postings = new ArrayList<>(docs.size() * 32);
        try (PreparedStatement doc = c.prepareStatement("insert into search_doc (id, kind, name, name_en, name_norm,"
                + " name_en_norm, city_id, facets) values (?, ?, ?, ?, ?, ?, ?, ?)");
                PreparedStatement gram = c.prepareStatement(
                        "insert into search_gram (gram, doc_id, city_id, facets) values (?, ?, ?, ?)")) {
            for (Doc d : docs) {
                String nameNorm = d.nameNorm();
                String nameEnNorm = d.nameEnNorm();
                doc.setLong(1, d.id);
                doc.setString(2, d.kind.name());
                doc.setString(3, d.name);
                doc.setString(4, d.nameEn);
                doc.setString(5, nameNorm);
                doc.setString(6, nameEnNorm);
                doc.setLong(7, d.cityId);
                doc.setInt(8, d.facets);
                doc.addBatch();
                for (String g : SearchText.grams(nameNorm, nameEnNorm)) {
                    postings.add(new Posting(g, d.id, d.cityId, d.facets));
                }
            }
            doc.executeBatch();
            Collections.sort(postings);
            for (Posting p : postings) {
                gram.setString(1, p.gram);
                gram.setLong(2, p.docId);
                gram.setLong(3, p.cityId);
                gram.setInt(4, p.facets);
                gram.addBatch();
            }
            gram.executeBatch();
        }
    }

    /** Drops these records' rows; their grams are found from the names the index holds, so no index on doc_id. */
    private static void removeAll(Connection c, List<Long> ids) throws SQLException {
        Map<Long, Set<String>> grams = new LinkedHashMap<>();
        try (PreparedStatement statement = prepare(c, "select id, name_norm, name_en_norm from search_doc where id in ("
                + marks(ids.size()) + ")", ids); ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
                grams.put(rs.getLong(1), SearchText.grams(rs.getString(2), rs.getString(3)));
            }
        }
        if (grams.isEmpty()) {
            return;
        }
        try (PreparedStatement gram = c.prepareStatement("delete from search_gram where gram = ? and doc_id = ?");
                PreparedStatement doc = c.prepareStatement("delete from search_doc where id = ?")) {
            for (Map.Entry<Long, Set<String>> e : grams.entrySet()) {
                for (String g : e.getValue()) {
                    gram.setString(1, g);
                    gram.setLong(2, e.getKey());
                    gram.addBatch();
                }
                doc.setLong(1, e.getKey());
                doc.addBatch();
            }
            gram.executeBatch();
            doc.executeBatch();
        }
    }

    private static String marks(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }

    private static PreparedStatement prepare(Connection c, String sql, List<?> params) throws SQLException {
        PreparedStatement statement = c.prepareStatement(sql);
        for (int i = 0; i < params.size(); i++) {
            statement.setObject(i + 1, params.get(i));
        }
        return statement;
    }

    private static List<Long> longs(Connection c, String sql, Object... params) throws SQLException {
        List<Long> values = new ArrayList<>();
        try (PreparedStatement statement = prepare(c, sql, Arrays.asList(params)); ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
                values.add(rs.getLong(1));
            }
        }
        return values;
    }
}
