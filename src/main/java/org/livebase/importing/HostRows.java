package org.livebase.importing;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.livebase.catalog.Category;
import org.livebase.catalog.Platform;
import org.livebase.host.HostCounts;
import org.livebase.host.IdNumber;
import org.livebase.web.Checks;

/**
 * Hosts: each row one host with its personal data, independent or on the roster of an agency of the city (named by
 * the agency's credit code), with at most one platform account. The same ID number twice in the file, or already on
 * the same roster (or among the city's independent hosts), is an error.
 */
final class HostRows extends Rows<HostRows.Host> {

    record Host(String stageName, String bio, Long district, Long agency, Set<Category> categories, String realName,
            String idNumber, String phone, LocalDate birthDate, Platform platform, String handle, long followers) {
    }

    private final PreparedStatement agencyByCode;
    private final PreparedStatement rosterIdNumbers;
    private final PreparedStatement independentIdNumbers;
    private final Map<String, Long> inFile = new HashMap<>();
    /** Hosts written per (district, agency), for the stored counts. */
    private final Map<List<Long>, Long> groups = new HashMap<>();
    private PreparedStatement hosts;
    private PreparedStatement categories;
    private PreparedStatement accounts;

    HostRows(Target target) throws SQLException {
        super(target);
        agencyByCode = db.prepareStatement("select a.id from agency a join organisation o on o.id = a.organisation_id "
                + "where o.credit_code = ? and a.city_id = ?");
        rosterIdNumbers = db.prepareStatement("select id_number from host where agency_id = ? and id_number is not null");
        independentIdNumbers = db.prepareStatement(
                "select id_number from host where city_id = ? and agency_id is null and id_number is not null");
    }

    @Override
    Host check(Header header, List<String> record, long line, Checks checks, List<RowError> problems)
            throws SQLException {
        String stageName = header.get(record, "stage_name");
        String bio = header.get(record, "bio");
        checks.required(stageName, "stage_name").maxLength(stageName, 100, "stage_name");
        checks.maxLength(bio, 2000, "bio");
        Long district = district(header.get(record, "district"), checks);
        Long agency = agency(header.get(record, "agency_credit_code"), checks);
        Set<Category> categories = choices(Category.class, header.get(record, "categories"), "categories", checks);

        String realName = header.get(record, "real_name");
        String rawId = header.get(record, "id_number");
        String idNumber = rawId == null ? null : rawId.toUpperCase(Locale.ROOT);
        String phone = header.get(record, "phone");
        checks.required(realName, "real_name").maxLength(realName, 100, "real_name");
        checks.required(idNumber, "id_number").check(idNumber != null && !IdNumber.isValid(idNumber), "id_number",
                "host.error.id-number");
        checks.phone(phone, "phone");
        LocalDate birthDate = checks.date(header.get(record, "birth_date"), "birth_date");
        Optional<LocalDate> inIdNumber = IdNumber.isValid(idNumber) ? IdNumber.birthDate(idNumber) : Optional.empty();
        checks.check(birthDate != null && inIdNumber.isPresent() && !birthDate.equals(inIdNumber.get()), "birth_date",
                "host.error.birth-date");

        String rawPlatform = header.get(record, "platform");
        String handle = header.get(record, "handle");
        String rawFollowers = header.get(record, "followers");
        boolean account = rawPlatform != null || handle != null || rawFollowers != null;
        Platform platform = checks.choice(Platform.class, rawPlatform, "platform");
        checks.check(account && rawPlatform == null, "platform", "form.error.required");
        checks.check(account && handle == null, "handle", "form.error.required");
        checks.maxLength(handle, 100, "handle");
        Long followers = checks.whole(rawFollowers, "followers");
        checks.notNegative(followers, "followers");

        if (idNumber != null && IdNumber.isValid(idNumber)) {
            unique(inFile, idNumber, line, "id_number", problems);
            boolean known = checks.ok() && stored(agency).contains(idNumber);
            if (known) {
                problems.add(new RowError(line, "id_number", "import.error.host-registered", null));
            }
        }
        if (!checks.ok() || !problems.isEmpty()) {
            return null;
        }
        return new Host(stageName, bio, district, agency, categories, realName, idNumber, phone,
                birthDate != null ? birthDate : inIdNumber.orElse(null), platform, handle,
                followers == null ? 0 : followers);
    }

    private Long agency(String creditCode, Checks checks) throws SQLException {
        if (creditCode == null) {
            return null;
        }
        String code = creditCode.toUpperCase(Locale.ROOT);
        Optional<Long> agency = target.lookups().agencies.get(code);
        if (agency == null) {
            agency = Optional.ofNullable(single(agencyByCode, code, target.cityId()));
            target.lookups().agencies.put(code, agency);
        }
        checks.check(agency.isEmpty(), "agency_credit_code", "import.error.unknown-agency");
        return agency.orElse(null);
    }

    private Set<String> stored(Long agency) throws SQLException {
        long key = agency == null ? 0 : agency;
        Set<String> numbers = target.lookups().idNumbers.get(key);
        if (numbers == null) {
            numbers = new HashSet<>();
            if (agency == null) {
                collect(independentIdNumbers, numbers, target.cityId());
            } else {
                collect(rosterIdNumbers, numbers, agency);
            }
            target.lookups().idNumbers.put(key, numbers);
        }
        return numbers;
    }

    @Override
    String name(Host host) {
        return host.stageName();
    }

    @Override
    void write(Host host) throws SQLException {
        if (hosts == null) {
            hosts = batch("insert into host (id, version, created_at, updated_at, city_id, district_id, agency_id, "
                    + "stage_name, bio, real_name, id_number, phone, birth_date, followers)"
                    + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
            categories = batch("insert into host_category (host_id, category) values (?, ?)");
            accounts = batch("insert into host_account (id, version, created_at, updated_at, host_id, platform, handle, "
                    + "followers) values (?, ?, ?, ?, ?, ?, ?, ?)");
        }
        long id = target.ids().next();
        int at = audited(hosts, id);
        hosts.setLong(at++, target.cityId());
        set(hosts, at++, host.district());
        set(hosts, at++, host.agency());
        set(hosts, at++, host.stageName());
        set(hosts, at++, host.bio());
        set(hosts, at++, host.realName());
        set(hosts, at++, host.idNumber());
        set(hosts, at++, host.phone());
        set(hosts, at++, host.birthDate());
        // The host's stored followers (V8) are those of its one account.
        hosts.setLong(at, host.platform() == null ? 0 : host.followers());
        hosts.addBatch();
        values(categories, id, host.categories());
        if (host.platform() != null) {
            at = audited(accounts, target.ids().next());
            accounts.setLong(at++, id);
            accounts.setString(at++, host.platform().name());
            accounts.setString(at++, host.handle());
            accounts.setLong(at, host.followers());
            accounts.addBatch();
        }
        groups.merge(Arrays.asList(host.district(), host.agency()), 1L, Long::sum);
        written(id);
    }

    /** One relative update of the stored counts per (district, agency), from what was written, not read back. */
    @Override
    void applied() {
        groups.forEach((group, count) -> HostCounts.add(target.cityId(), group.get(0), group.get(1), count));
    }
}
