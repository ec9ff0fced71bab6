package org.livebase.generate;

import static org.livebase.generate.Names.pick;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

import org.livebase.account.Role;
import org.livebase.application.Action;
import org.livebase.application.ApplicationState;
import org.livebase.catalog.BaseService;
import org.livebase.catalog.Category;
import org.livebase.catalog.Platform;
import org.livebase.city.PlaceCounts;
import org.livebase.generate.Places.CityRow;
import org.livebase.host.IdNumber;
import org.livebase.organisation.CreditCode;
import org.livebase.recognition.RecognitionLevel;
import org.livebase.recognition.RecognitionStatus;
import org.livebase.recognition.StatusReason;
import org.livebase.recognition.SubjectKind;

import io.quarkus.elytron.security.common.BcryptUtil;

/**
 * Fills an empty database with a national data set drawn from a seed: the same options give the same rows, ids
 * included. Plain JDBC batches rather than entities, so that 3 million hosts load in minutes. Like the demo loader it
 * writes no change log: the data set is the starting point, not a change.
 */
public final class NationalData {

    /** The day the data set is drawn around, fixed so that the same seed gives the same dates on any day. */
    static final LocalDate REFERENCE = LocalDate.of(2026, 11, 1);
    private static final OffsetDateTime FIRST = OffsetDateTime.of(2019, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);
    private static final long SPAN_SECONDS = Duration.between(FIRST,
            REFERENCE.atStartOfDay().atOffset(ZoneOffset.UTC)).getSeconds();
    /** Bigger than any block Hibernate holds from the sequence (50), so its next ids cannot meet ours. */
    private static final int SEQUENCE_MARGIN = 100;
    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    /** The largest cities first: Zipf ranks them, the rest follow in seeded order. */
    private static final List<String> LEADING = List.of("hangzhou", "guangzhou", "shanghai", "beijing", "shenzhen",
            "suzhou", "chengdu", "wuhan", "jinhua", "linyi", "xuzhou", "xiamen", "changsha", "zhengzhou", "xian");
    private static final Map<Category, Integer> CATEGORY_WEIGHTS = new LinkedHashMap<>();
    private static final Map<Platform, Integer> PLATFORM_WEIGHTS = new LinkedHashMap<>();
    static {
        for (Category category : Category.values()) {
            CATEGORY_WEIGHTS.put(category, switch (category) {
                case APPAREL -> 25;
                case COSMETICS -> 18;
                case FOOD -> 15;
                case AGRICULTURE, HOME, ELECTRONICS -> 8;
                case JEWELLERY, MOTHER_BABY -> 6;
                default -> 3;
            });
        }
        for (Platform platform : Platform.values()) {
            PLATFORM_WEIGHTS.put(platform, switch (platform) {
                case DOUYIN -> 40;
                case KUAISHOU -> 22;
                case TAOBAO_LIVE -> 15;
                case WECHAT_CHANNELS -> 10;
                case XIAOHONGSHU -> 7;
                default -> 3;
            });
        }
    }

    /** The tables {@link #hosts} fills. */
    static final String[] HOST_TABLES = { "host", "host_category", "host_account" };

    private final Connection connection;
    private final GenerateOptions options;
    private final SplittableRandom random;
    private final Map<String, Long> counts = new LinkedHashMap<>();
    private long nextId;

    private final List<CityRow> cities = new ArrayList<>();
    private long[] cityIds;
    /** Per city: its districts' ids. */
    private long[][] districtIds;
    private final List<List<Integer>> estatesByCity = new ArrayList<>();
    private final List<List<Integer>> agenciesByCity = new ArrayList<>();
    private final List<List<Integer>> organisationsByCity = new ArrayList<>();
    private long[] estateIds;
    private int[] estateCity;
    private long[] agencyIds;
    private int[] agencyCity;
    private int[] agencyDistrict;
    private long[] agencyOrganisation;
    private long[] baseIds;
    private int[] baseCity;
    private int[] baseDistrict;
    private long[] baseOperator;

    NationalData(Connection connection, GenerateOptions options) {
        this.connection = connection;
        this.options = options;
        this.random = new SplittableRandom(options.seed());
    }

    /**
     * Generates into {@code connection}'s database, which must have the schema and no city yet.
     *
     * @return how many rows of each kind were stored
     */
    public static Map<String, Long> generate(Connection connection, GenerateOptions options) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            return new NationalData(connection, options).run();
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    private Map<String, Long> run() throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("select count(*) from city")) {
            rs.next();
            if (rs.getLong(1) > 0) {
                throw new IllegalStateException("the database already has cities: generate into an empty one");
            }
        }
        nextId = sequenceValue() + SEQUENCE_MARGIN;
        if (h2()) {
            // A larger page cache than H2's default 16 MB for the loads and index builds (and the search index's, in
            // the same process); the setting lasts until the database is closed. It was set when the indexes were
            // updated row by row, whose random pages it kept in memory; since the indexes are built after the load
            // it has not been measured again.
            try (Statement statement = connection.createStatement()) {
                statement.execute("set cache_size 262144");
            }
        }
        cities();
        estates();
        int hosts = (int) options.hosts();
        // Where each host goes is drawn first, so that agencies, cities and districts are stored with their counts.
        int[] hostCity = new int[hosts];
        int[] hostDistrict = new int[hosts];
        int[] hostAgency = new int[hosts];
        agencies(hostCity, hostDistrict, hostAgency);
        bases();
        // The host tables hold nine rows in ten, in random name and date order: they are loaded bare and indexed after.
        DeferredIndexes deferred = DeferredIndexes.drop(connection, false, HOST_TABLES);
        hosts(hostCity, hostDistrict, hostAgency);
        deferred.restore(connection);
        recognitions();
        accounts();
        try (Statement statement = connection.createStatement()) {
            // The hosts are counted as they are drawn; estates, bases and agencies by the statements that repair them.
            for (String recount : PlaceCounts.recountStatements(PlaceCounts.BESIDES_HOSTS)) {
                statement.executeUpdate(recount);
            }
            statement.execute("alter sequence livebase_seq restart with " + (nextId + SEQUENCE_MARGIN));
        }
        connection.commit();
        return counts;
    }

    private boolean h2() throws SQLException {
        return connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("h2");
    }

    private long sequenceValue() throws SQLException {
        String sql = h2() ? "select next value for livebase_seq" : "select nextval('livebase_seq')";
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private long id() {
        return nextId++;
    }

    private int scaled(int national) {
        return Math.max(1, (int) Math.round(national * options.scale()));
    }

    private OffsetDateTime time() {
        return FIRST.plusSeconds(random.nextLong(SPAN_SECONDS));
    }

    // places

    private void cities() throws SQLException {
        List<CityRow> all = new ArrayList<>(Places.cities());
        List<CityRow> rest = new ArrayList<>(all.stream().filter(c -> !LEADING.contains(c.code())).toList());
        for (int i = rest.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            CityRow swap = rest.get(i);
            rest.set(i, rest.get(j));
            rest.set(j, swap);
        }
        LEADING.forEach(code -> cities.add(all.stream().filter(c -> c.code().equals(code)).findFirst().orElseThrow()));
        cities.addAll(rest);
        cityIds = new long[cities.size()];
        districtIds = new long[cities.size()][];
        for (int i = 0; i < cities.size(); i++) {
            cityIds[i] = id();
            estatesByCity.add(new ArrayList<>());
            agenciesByCity.add(new ArrayList<>());
            organisationsByCity.add(new ArrayList<>());
            // Larger cities have more districts: eight for the leading ones, three for the smallest.
            districtIds[i] = new long[Math.max(3, 8 - i / 20)];
            for (int d = 0; d < districtIds[i].length; d++) {
                districtIds[i][d] = id();
            }
        }
    }

    private void storeCities(long[] cityHosts, long[][] districtHosts) throws SQLException {
        OffsetDateTime created = FIRST;
        try (Batch city = new Batch(connection, "city", "id, version, created_at, updated_at, code, name_zh, name_en,"
                + " province_zh, province_en, host_count");
                Batch district = new Batch(connection, "district", "id, version, created_at, updated_at, city_id, code,"
                        + " name_zh, name_en, host_count", city)) {
            for (int i = 0; i < cities.size(); i++) {
                CityRow row = cities.get(i);
                city.row(cityIds[i], 0L, created, created, row.code(), row.nameZh(), row.nameEn(), row.provinceZh(),
                        row.provinceEn(), cityHosts[i]);
            }
            for (int i = 0; i < cities.size(); i++) {
                for (int d = 0; d < districtIds[i].length; d++) {
                    String[] name = Names.DISTRICTS.get(d);
                    district.row(districtIds[i][d], 0L, created, created, cityIds[i], name[0], name[1], name[2],
                            districtHosts[i][d]);
                }
            }
            counts.put("cities", city.rows());
            counts.put("districts", district.rows());
        }
    }

    /** Draws the estates; they are stored with the cities, once the host counts are known. */
    private void estates() {
        int n = scaled(2_000);
        Zipf places = new Zipf(cities.size(), 0.6);
        estateIds = new long[n];
        estateCity = new int[n];
        for (int i = 0; i < n; i++) {
            estateIds[i] = id();
            estateCity[i] = places.draw(random);
            estatesByCity.get(estateCity[i]).add(i);
        }
    }

    private void storeEstates() throws SQLException {
        try (Batch estate = new Batch(connection, "estate", "id, version, created_at, updated_at, city_id, district_id,"
                + " name, name_en, address, opened_year")) {
            for (int i = 0; i < estateIds.length; i++) {
                int c = estateCity[i];
                int d = random.nextInt(districtIds[c].length);
                String[] park = pick(random, Names.PARKS);
                String phase = i % 7 == 6 ? "二期" : "";
                OffsetDateTime at = time();
                estate.row(estateIds[i], 0L, at, at, cityIds[c], districtIds[c][d],
                        cities.get(c).shortName() + Names.DISTRICTS.get(d)[1].replace("区", "") + park[0] + "直播电商产业园" + phase,
                        cities.get(c).nameEn() + " " + park[1] + " Live-Commerce Park" + (phase.isEmpty() ? "" : " II"),
                        Names.DISTRICTS.get(d)[1] + "产业大道" + (1 + random.nextInt(999)) + "号", 2015 + random.nextInt(11));
            }
            counts.put("estates", estate.rows());
        }
    }

    // organisations and agencies

    private long organisation(Batch organisations, int city, int district, String name) throws SQLException {
        long id = id();
        // 91 (an enterprise), the region, then nine characters: two drawn and seven counting, so codes never repeat.
        StringBuilder code = new StringBuilder("91").append(cities.get(city).region());
        code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length()))).append(ALPHABET.charAt(random.nextInt(31)));
        long serial = organisations.rows();
        char[] tail = new char[7];
        for (int i = 6; i >= 0; i--) {
            tail[i] = ALPHABET.charAt((int) (serial % 31));
            serial /= 31;
        }
        code.append(tail);
        OffsetDateTime at = time();
        organisations.row(id, 0L, at, at, name, CreditCode.complete(code.toString()), cityIds[city],
                districtIds[city][district], Names.personalName(random), phone());
        organisationsByCity.get(city).add((int) organisations.rows() - 1);
        return id;
    }

    private String phone() {
        // 1, 3-9, then nine digits: a mobile number's shape (formatted by hand: this runs millions of times).
        return "1" + (3 + random.nextInt(7)) + (1_000_000_000 + random.nextInt(1_000_000_000) + "").substring(1);
    }

    private Batch organisations;

    private void agencies(int[] hostCity, int[] hostDistrict, int[] hostAgency) throws SQLException {
        int n = scaled(30_000);
        Zipf places = new Zipf(cities.size(), 0.8);
        agencyIds = new long[n];
        agencyCity = new int[n];
        agencyDistrict = new int[n];
        agencyOrganisation = new long[n];
        for (int i = 0; i < n; i++) {
            agencyIds[i] = id();
            agencyCity[i] = places.draw(random);
            agencyDistrict[i] = random.nextInt(districtIds[agencyCity[i]].length);
            agenciesByCity.get(agencyCity[i]).add(i);
        }
        // Hosts: a few cities hold most of them; three in four are on an agency's roster, whose sizes run from one to
        // thousands (the first agencies of a city draw most).
        Zipf hostPlaces = new Zipf(cities.size(), 1.0);
        Map<Integer, Zipf> rosters = new HashMap<>();
        long[] cityHosts = new long[cities.size()];
        long[][] districtHosts = new long[cities.size()][];
        for (int c = 0; c < cities.size(); c++) {
            districtHosts[c] = new long[districtIds[c].length];
        }
        long[] agencyHosts = new long[n];
        for (int h = 0; h < hostCity.length; h++) {
            int c = hostPlaces.draw(random);
            List<Integer> local = agenciesByCity.get(c);
            int a = -1;
            if (!local.isEmpty() && random.nextInt(4) != 0) {
                a = local.get(rosters.computeIfAbsent(c, k -> new Zipf(local.size(), 0.75)).draw(random));
            }
            int d = a >= 0 ? agencyDistrict[a] : random.nextInt(districtIds[c].length);
            hostCity[h] = c;
            hostDistrict[h] = d;
            hostAgency[h] = a;
            cityHosts[c]++;
            districtHosts[c][d]++;
            if (a >= 0) {
                agencyHosts[a]++;
            }
        }
        storeCities(cityHosts, districtHosts);
        storeEstates();

        organisations = new Batch(connection, "organisation", "id, version, created_at, updated_at, name, credit_code,"
                + " city_id, district_id, contact_name, contact_phone");
        try (Batch agency = new Batch(connection, "agency", "id, version, created_at, updated_at, city_id, district_id,"
                + " organisation_id, name, name_en, founded_year, host_count", organisations);
                Batch categories = new Batch(connection, "agency_category", "agency_id, category", agency);
                Batch platforms = new Batch(connection, "agency_platform", "agency_id, platform", agency)) {
            for (int i = 0; i < n; i++) {
                int c = agencyCity[i];
                String[] brand1 = pick(random, Names.BRAND);
                String[] brand2 = pick(random, Names.BRAND);
                String[] kind = pick(random, Names.AGENCY_KINDS);
                String name = cities.get(c).shortName() + brand1[0] + brand2[0] + kind[0];
                agencyOrganisation[i] = organisation(organisations, c, agencyDistrict[i], name);
                OffsetDateTime at = time();
                agency.row(agencyIds[i], 0L, at, at, cityIds[c], districtIds[c][agencyDistrict[i]],
                        agencyOrganisation[i], name, cities.get(c).nameEn() + " " + brand1[1] + " " + brand2[1] + " "
                                + kind[1], 2014 + random.nextInt(12), agencyHosts[i]);
                for (Category category : some(CATEGORY_WEIGHTS, 1 + random.nextInt(3))) {
                    categories.row(agencyIds[i], category.name());
                }
                for (Platform platform : some(PLATFORM_WEIGHTS, 1 + random.nextInt(3))) {
                    platforms.row(agencyIds[i], platform.name());
                }
            }
            counts.put("agencies", agency.rows());
        }
    }

    private void bases() throws SQLException {
        int n = scaled(10_000);
        Zipf places = new Zipf(cities.size(), 0.7);
        baseIds = new long[n];
        baseCity = new int[n];
        baseDistrict = new int[n];
        baseOperator = new long[n];
        try (Batch base = new Batch(connection, "base", "id, version, created_at, updated_at, city_id, district_id,"
                + " estate_id, operator_id, name, name_en, address, floor_area, public_studios, opened_year", organisations);
                Batch categories = new Batch(connection, "base_category", "base_id, category", base);
                Batch services = new Batch(connection, "base_service", "base_id, service", base)) {
            for (int i = 0; i < n; i++) {
                int c = places.draw(random);
                List<Integer> estates = estatesByCity.get(c);
                Long estate = !estates.isEmpty() && random.nextInt(5) < 3 ? estateIds[pick(random, estates)] : null;
                int d = random.nextInt(districtIds[c].length);
                String[] brand = pick(random, Names.BRAND);
                String[] park = pick(random, Names.PARKS);
                String name = cities.get(c).shortName() + brand[0] + park[0] + "直播基地";
                // Half the bases are run by an agency of their city, the rest by an operator of their own.
                List<Integer> local = agenciesByCity.get(c);
                long operator = !local.isEmpty() && random.nextBoolean() ? agencyOrganisation[pick(random, local)]
                        : organisation(organisations, c, d, cities.get(c).shortName() + brand[0] + park[0] + "产业运营有限公司");
                baseIds[i] = id();
                baseCity[i] = c;
                baseDistrict[i] = d;
                baseOperator[i] = operator;
                OffsetDateTime at = time();
                base.row(baseIds[i], 0L, at, at, cityIds[c], districtIds[c][d], estate, operator, name,
                        cities.get(c).nameEn() + " " + brand[1] + " " + park[1] + " Live-Streaming Base",
                        Names.DISTRICTS.get(d)[1] + "直播路" + (1 + random.nextInt(500)) + "号",
                        500 + random.nextInt(40) * 500, 2 + random.nextInt(120), 2016 + random.nextInt(10));
                for (Category category : some(CATEGORY_WEIGHTS, 1 + random.nextInt(3))) {
                    categories.row(baseIds[i], category.name());
                }
                for (BaseService service : some(uniform(BaseService.values()), 1 + random.nextInt(4))) {
                    services.row(baseIds[i], service.name());
                }
            }
            counts.put("bases", base.rows());
        }
        organisations.close();
        counts.put("organisations", organisations.rows());
    }

    // hosts

    private void hosts(int[] hostCity, int[] hostDistrict, int[] hostAgency) throws SQLException {
        try (Batch host = new Batch(connection, "host", "id, version, created_at, updated_at, city_id, district_id,"
                + " agency_id, stage_name, bio, real_name, id_number, phone, birth_date, followers");
                Batch categories = new Batch(connection, "host_category", "host_id, category", host);
                Batch accounts = new Batch(connection, "host_account", "id, version, created_at, updated_at, host_id,"
                        + " platform, handle, followers", host)) {
            // A roster lists a person once (V18's unique index): the agency, birth date and sequence of each rostered
            // host's ID number (its region is the agency's city's), packed in a long, so that a number drawn twice for
            // one agency is drawn again. Three hosts in four are on a roster: 2.25 million keys at national size.
            Set<Long> onRoster = new HashSet<>();
            for (int h = 0; h < hostCity.length; h++) {
                int c = hostCity[h];
                long id = id();
                OffsetDateTime at = time();
                List<Platform> platforms = some(PLATFORM_WEIGHTS, random.nextInt(10) < 6 ? 1 : random.nextInt(10) < 8 ? 2 : 3);
                long[] followers = new long[platforms.size()];
                long sum = 0;
                for (int p = 0; p < followers.length; p++) {
                    // Log-normal: most hosts have a few thousand followers, a few have millions.
                    followers[p] = Math.min(80_000_000L, (long) Math.exp(8 + 2.2 * random.nextGaussian()));
                    sum += followers[p];
                }
                LocalDate born = LocalDate.of(1970, 1, 1).plusDays(random.nextInt(365 * 35));
                int date = born.getYear() * 10_000 + born.getMonthValue() * 100 + born.getDayOfMonth();
                int sequence;
                do {
                    sequence = random.nextInt(1000);
                } while (hostAgency[h] >= 0
                        && !onRoster.add(hostAgency[h] * 100_000_000_000L + date * 1000L + sequence));
                String idNumber = IdNumber.complete(
                        cities.get(c).region() + date + (1000 + sequence + "").substring(1));
                host.row(id, 0L, at, at, cityIds[c], districtIds[c][hostDistrict[h]],
                        hostAgency[h] < 0 ? null : agencyIds[hostAgency[h]], Names.stageName(random, cities.get(c).shortName()),
                        random.nextInt(10) == 0 ? "专注直播带货的" + cities.get(c).shortName() + "主播。" : null,
                        Names.personalName(random), idNumber, phone(), born, sum);
                for (Category category : some(CATEGORY_WEIGHTS, random.nextInt(10) < 7 ? 1 : 2)) {
                    categories.row(id, category.name());
                }
                for (int p = 0; p < followers.length; p++) {
                    accounts.row(id(), 0L, at, at, id, platforms.get(p).name(),
                            "lb" + Long.toString(id, 36) + "_" + p, followers[p]);
                }
            }
            counts.put("hosts", host.rows());
            counts.put("host accounts", accounts.rows());
        }
    }

    // recognitions and their applications

    private void recognitions() throws SQLException {
        int n = scaled(3_000);
        int pending = Math.max(1, n / 10);
        Map<String, Long> schemes = new HashMap<>();
        Map<String, Integer> series = new HashMap<>();
        boolean[] baseTaken = new boolean[baseIds.length];
        boolean[] agencyTaken = new boolean[agencyIds.length];
        boolean[] estateTaken = new boolean[estateIds.length];
        try (Batch scheme = new Batch(connection, "scheme", "id, version, created_at, updated_at, city_id, code,"
                + " title_zh, title_en, subject_kind, level, grants_zh, grants_en, notice_working_days, validity_years,"
                + " review_cycle_years, issued_on, active");
                Batch recognition = new Batch(connection, "recognition", "id, version, created_at, updated_at, city_id,"
                        + " subject_kind, base_id, estate_id, agency_id, title_zh, title_en, certificate_number, level,"
                        + " status, valid_from, valid_to, status_reason, status_changed_on");
                Batch application = new Batch(connection, "application", "id, version, created_at, updated_at,"
                        + " scheme_id, city_id, district_id, applicant_id, subject_kind, base_id, estate_id, agency_id,"
                        + " state, state_since, expert_score, notice_starts_on, notice_ends_on, recognition_id", scheme,
                        recognition);
                Batch events = new Batch(connection, "application_event", "id, application_id, happened_at, actor,"
                        + " actor_role, action, from_state, to_state, note", application)) {
            for (int i = 0; i < n + pending; i++) {
                // Bases most often, then agencies, then estates; each subject at most once.
                int roll = random.nextInt(10);
                SubjectKind kind = roll < 6 ? SubjectKind.BASE : roll < 9 ? SubjectKind.AGENCY : SubjectKind.ESTATE;
                Subject subject = subject(kind, baseTaken, agencyTaken, estateTaken);
                if (subject == null) {
                    continue;
                }
                String schemeKey = subject.city + "/" + kind;
                Long schemeId = schemes.get(schemeKey);
                if (schemeId == null) {
                    schemeId = id();
                    schemes.put(schemeKey, schemeId);
                    String[] title = title(kind);
                    scheme.row(schemeId, 0L, FIRST, FIRST, cityIds[subject.city], "key-" + kind.name().toLowerCase(Locale.ROOT),
                            cities.get(subject.city).nameZh() + title[0] + "认定办法",
                            cities.get(subject.city).nameEn() + " " + title[1] + " recognition scheme", kind.name(),
                            RecognitionLevel.CITY.name(), title[0], title[1], 5, 3, 1, LocalDate.of(2020, 1, 1), true);
                }
                LocalDate granted = LocalDate.of(2020, 6, 1).plusDays(random.nextInt(365 * 6));
                boolean recognised = i < n;
                RecognitionStatus status = recognised ? status(granted) : null;
                Long recognitionId = null;
                if (recognised) {
                    recognitionId = id();
                    String[] title = title(kind);
                    String prefix = cities.get(subject.city).code().toUpperCase(Locale.ROOT) + "-" + kind + "-"
                            + granted.getYear();
                    int number = series.merge(prefix, 1, Integer::sum);
                    LocalDate validTo = granted.plusYears(3);
                    boolean changed = status == RecognitionStatus.WARNED || status == RecognitionStatus.REVOKED;
                    LocalDate changedOn = changed ? granted.plusDays(100 + random.nextInt(300))
                            : status == RecognitionStatus.EXPIRED ? validTo : null;
                    OffsetDateTime at = granted.atStartOfDay().atOffset(ZoneOffset.UTC);
                    int level = random.nextInt(20);
                    recognition.row(recognitionId, 0L, at, at, cityIds[subject.city], kind.name(), subject.base,
                            subject.estate, subject.agency, title[0], title[1], prefix + "-" + String.format("%04d", number),
                            (level < 15 ? RecognitionLevel.CITY : level < 18 ? RecognitionLevel.DISTRICT
                                    : RecognitionLevel.PROVINCE).name(),
                            status.name(), granted, validTo,
                            changed ? pick(random, List.of(StatusReason.values())).name() : null, changedOn);
                }
                long applicationId = id();
                List<Object[]> history = history(applicationId, subject, status, granted);
                Object[] last = history.get(history.size() - 1);
                boolean scored = history.stream().anyMatch(e -> e[5].equals(Action.SCORE.name()));
                boolean noticed = history.stream().anyMatch(e -> e[5].equals(Action.OPEN_NOTICE.name()));
                OffsetDateTime first = (OffsetDateTime) history.get(0)[2];
                application.row(applicationId, 0L, first, last[2], schemeId, cityIds[subject.city],
                        districtIds[subject.city][subject.district], subject.applicant, kind.name(), subject.base,
                        subject.estate, subject.agency, last[7], last[2],
                        scored ? new java.math.BigDecimal(70 + random.nextInt(30)) : null,
                        noticed ? granted.minusDays(14) : null, noticed ? granted.minusDays(7) : null, recognitionId);
                for (Object[] event : history) {
                    events.row(event);
                }
            }
            counts.put("schemes", scheme.rows());
            counts.put("recognitions", recognition.rows());
            counts.put("applications", application.rows());
            counts.put("application events", events.rows());
        }
    }

    private record Subject(int city, int district, long applicant, Long base, Long estate, Long agency) {
    }

    private Subject subject(SubjectKind kind, boolean[] baseTaken, boolean[] agencyTaken, boolean[] estateTaken) {
        for (int attempt = 0; attempt < 20; attempt++) {
            switch (kind) {
                case BASE -> {
                    int b = random.nextInt(baseIds.length);
                    if (!baseTaken[b]) {
                        baseTaken[b] = true;
                        return new Subject(baseCity[b], baseDistrict[b], baseOperator[b], baseIds[b], null, null);
                    }
                }
                case AGENCY -> {
                    int a = random.nextInt(agencyIds.length);
                    if (!agencyTaken[a]) {
                        agencyTaken[a] = true;
                        return new Subject(agencyCity[a], agencyDistrict[a], agencyOrganisation[a], null, null,
                                agencyIds[a]);
                    }
                }
                case ESTATE -> {
                    int e = random.nextInt(estateIds.length);
                    // An estate applies through the operator of one of its city's bases or agencies.
                    List<Integer> local = agenciesByCity.get(estateCity[e]);
                    if (!estateTaken[e] && !local.isEmpty()) {
                        estateTaken[e] = true;
                        return new Subject(estateCity[e], 0, agencyOrganisation[pick(random, local)], null,
                                estateIds[e], null);
                    }
                }
            }
        }
        return null;
    }

    private RecognitionStatus status(LocalDate granted) {
        if (granted.plusYears(3).isBefore(REFERENCE)) {
            return random.nextInt(4) == 0 ? RecognitionStatus.REVOKED : RecognitionStatus.EXPIRED;
        }
        int roll = random.nextInt(100);
        return roll < 84 ? RecognitionStatus.ACTIVE : roll < 94 ? RecognitionStatus.WARNED : RecognitionStatus.REVOKED;
    }

    /**
     * The steps of {@link org.livebase.application.Workflow} that led to {@code status}, or for a pending application
     * (status null) the first few of them; each row as the application_event columns.
     */
    private List<Object[]> history(long applicationId, Subject subject, RecognitionStatus status, LocalDate granted) {
        String city = cities.get(subject.city).code();
        String applicant = "org-" + subject.applicant;
        String district = city + "-" + Names.DISTRICTS.get(subject.district)[0] + "-officer";
        String officer = city + "-officer";
        Object[][] steps = {
                { applicant, Role.AGENCY, Action.SUBMIT, ApplicationState.DRAFT, ApplicationState.SUBMITTED },
                { district, Role.DISTRICT_OFFICER, Action.ACCEPT, ApplicationState.SUBMITTED, ApplicationState.DISTRICT_REVIEW },
                { district, Role.DISTRICT_OFFICER, Action.RECOMMEND, ApplicationState.DISTRICT_REVIEW, ApplicationState.CITY_REVIEW },
                { officer, Role.CITY_OFFICER, Action.REVIEW, ApplicationState.CITY_REVIEW, ApplicationState.EXPERT_REVIEW },
                { officer, Role.CITY_OFFICER, Action.SCORE, ApplicationState.EXPERT_REVIEW, ApplicationState.EXPERT_REVIEW },
                { officer, Role.CITY_OFFICER, Action.PROPOSE, ApplicationState.EXPERT_REVIEW, ApplicationState.PROPOSED },
                { officer, Role.CITY_OFFICER, Action.OPEN_NOTICE, ApplicationState.PROPOSED, ApplicationState.PUBLIC_NOTICE },
                { officer, Role.CITY_OFFICER, Action.GRANT, ApplicationState.PUBLIC_NOTICE, ApplicationState.RECOGNISED } };
        int taken = status == null ? 1 + random.nextInt(steps.length - 1) : steps.length;
        List<Object[]> events = new ArrayList<>();
        OffsetDateTime at = granted.atStartOfDay().atOffset(ZoneOffset.UTC).minusDays(60);
        for (int i = 0; i < taken; i++) {
            Object[] step = steps[i];
            at = i == steps.length - 1 ? granted.atStartOfDay().atOffset(ZoneOffset.UTC) : at.plusDays(1 + random.nextInt(6));
            events.add(event(applicationId, at, step[0], step[1], (Action) step[2], (ApplicationState) step[3],
                    (ApplicationState) step[4], null));
        }
        if (status == RecognitionStatus.WARNED || status == RecognitionStatus.REVOKED) {
            Action action = status == RecognitionStatus.WARNED ? Action.WARN : Action.REVOKE;
            ApplicationState to = status == RecognitionStatus.WARNED ? ApplicationState.WARNED : ApplicationState.REVOKED;
            events.add(event(applicationId, at.plusDays(100 + random.nextInt(300)), officer, Role.CITY_OFFICER, action,
                    ApplicationState.RECOGNISED, to, "年度评价发现问题"));
        } else if (status == RecognitionStatus.EXPIRED) {
            events.add(event(applicationId, granted.plusYears(3).atStartOfDay().atOffset(ZoneOffset.UTC), "system",
                    "system", Action.EXPIRE, ApplicationState.RECOGNISED, ApplicationState.EXPIRED, null));
        }
        return events;
    }

    private Object[] event(long applicationId, OffsetDateTime at, Object actor, Object role, Action action,
            ApplicationState from, ApplicationState to, String note) {
        return new Object[] { id(), applicationId, at, actor, role, action.name(), from.name(), to.name(), note };
    }

    private static String[] title(SubjectKind kind) {
        return switch (kind) {
            case BASE -> new String[] { "重点直播电商基地", "Key live-streaming e-commerce base" };
            case AGENCY -> new String[] { "重点直播机构", "Key live-streaming institution" };
            case ESTATE -> new String[] { "重点直播电商集聚区", "Key live-streaming e-commerce cluster" };
        };
    }

    // accounts

    /** An administrator and an officer of the largest city, for the benchmark (the bulk import is an officer's). */
    private void accounts() throws SQLException {
        String hash = BcryptUtil.bcryptHash(options.password());
        try (Batch account = new Batch(connection, "account", "id, version, created_at, updated_at, username,"
                + " password_hash, role, display_name, city_id")) {
            account.row(id(), 0L, FIRST, FIRST, "bench-admin", hash, Role.ADMIN, "基准测试管理员", null);
            account.row(id(), 0L, FIRST, FIRST, "bench-officer", hash, Role.CITY_OFFICER,
                    cities.get(0).nameZh() + "商务局", cityIds[0]);
            counts.put("accounts", account.rows());
        }
    }

    // drawing

    /** {@code k} different values, each drawn by weight. */
    private <T> List<T> some(Map<T, Integer> weights, int k) {
        List<T> values = new ArrayList<>(weights.keySet());
        int[] w = new int[values.size()];
        int total = 0;
        for (int i = 0; i < w.length; i++) {
            w[i] = weights.get(values.get(i));
            total += w[i];
        }
        List<T> chosen = new ArrayList<>(k);
        for (int n = 0; n < k && n < values.size(); n++) {
            int roll = random.nextInt(total);
            int i = 0;
            while (roll >= w[i]) {
                roll -= w[i];
                i++;
            }
            chosen.add(values.get(i));
            total -= w[i];
            w[i] = 0;
        }
        return chosen;
    }

    private static <T> Map<T, Integer> uniform(T[] values) {
        Map<T, Integer> weights = new LinkedHashMap<>();
        for (T value : values) {
            weights.put(value, 1);
        }
        return weights;
    }
}
