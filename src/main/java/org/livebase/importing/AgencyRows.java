package org.livebase.importing;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.livebase.catalog.Category;
import org.livebase.catalog.Platform;
import org.livebase.city.PlaceCounts;
import org.livebase.organisation.CreditCode;
import org.livebase.web.Checks;

/**
 * Agencies: each row an agency with the organisation behind it, both new. A credit code already registered, or twice
 * in the file, is an error: an organisation has one agency profile, and the one registered keeps its own.
 */
final class AgencyRows extends Rows<AgencyRows.Agency> {

    record Agency(String name, String nameEn, String creditCode, String organisationName, Long district,
            Integer foundedYear, Set<Category> categories, Set<Platform> platforms, String contactName,
            String contactPhone, String contactEmail, String description) {
    }

    private final PreparedStatement registered;
    private final Map<String, Long> inFile = new HashMap<>();
    private PreparedStatement organisations;
    private PreparedStatement agencies;
    private PreparedStatement categories;
    private PreparedStatement platforms;

    AgencyRows(Target target) throws SQLException {
        super(target);
        registered = db.prepareStatement("select id from organisation where credit_code = ?");
    }

    @Override
    Agency check(Header header, List<String> record, long line, Checks checks, List<RowError> problems)
            throws SQLException {
        String name = header.get(record, "name");
        String nameEn = header.get(record, "name_en");
        String organisationName = header.get(record, "organisation_name");
        String description = header.get(record, "description");
        checks.required(name, "name").maxLength(name, 200, "name");
        checks.maxLength(nameEn, 200, "name_en");
        checks.maxLength(organisationName, 200, "organisation_name");
        String creditCode = creditCode(header.get(record, "credit_code"), "credit_code", checks);
        Long district = district(header.get(record, "district"), checks);
        Integer founded = checks.integer(header.get(record, "founded_year"), "founded_year");
        checks.year(founded, "founded_year");
        Set<Category> categories = choices(Category.class, header.get(record, "categories"), "categories", checks);
        Set<Platform> platforms = choices(Platform.class, header.get(record, "platforms"), "platforms", checks);
        String contactName = header.get(record, "contact_name");
        String contactPhone = header.get(record, "contact_phone");
        String contactEmail = header.get(record, "contact_email");
        checks.maxLength(contactName, 100, "contact_name");
        checks.phone(contactPhone, "contact_phone");
        checks.email(contactEmail, "contact_email").maxLength(contactEmail, 200, "contact_email");
        checks.maxLength(description, 4000, "description");
        if (creditCode != null) {
            unique(inFile, creditCode, line, "credit_code", problems);
            if (single(registered, creditCode) != null) {
                problems.add(new RowError(line, "credit_code", "import.error.credit-code-registered", null));
            }
        }
        if (!checks.ok() || !problems.isEmpty()) {
            return null;
        }
        return new Agency(name, nameEn, creditCode, organisationName != null ? organisationName : name, district,
                founded, categories, platforms, contactName, contactPhone, contactEmail, description);
    }

    /** A valid credit code in upper case; null when blank (an error: it is required) or invalid. */
    static String creditCode(String raw, String field, Checks checks) {
        String code = raw == null ? null : raw.toUpperCase(Locale.ROOT);
        checks.required(code, field).check(code != null && !CreditCode.isValid(code), field,
                "account.error.credit-code");
        return code != null && CreditCode.isValid(code) ? code : null;
    }

    @Override
    String name(Agency agency) {
        return agency.name();
    }

    @Override
    void write(Agency agency) throws SQLException {
        if (organisations == null) {
            organisations = batch(OrganisationInsert.SQL);
            agencies = batch("insert into agency (id, version, created_at, updated_at, city_id, district_id, "
                    + "organisation_id, name, name_en, founded_year, description) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
            categories = batch("insert into agency_category (agency_id, category) values (?, ?)");
            platforms = batch("insert into agency_platform (agency_id, platform) values (?, ?)");
        }
        long organisation = target.ids().next();
        OrganisationInsert.add(this, organisations, organisation, agency.organisationName(), agency.creditCode(),
                agency.district(), agency.contactName(), agency.contactPhone(), agency.contactEmail());
        long id = target.ids().next();
        int at = audited(agencies, id);
        agencies.setLong(at++, target.cityId());
        set(agencies, at++, agency.district());
        agencies.setLong(at++, organisation);
        set(agencies, at++, agency.name());
        set(agencies, at++, agency.nameEn());
        set(agencies, at++, agency.foundedYear());
        set(agencies, at, agency.description());
        agencies.addBatch();
        values(categories, id, agency.categories());
        values(platforms, id, agency.platforms());
        placed(agency.district());
        written(id);
    }

    @Override
    void applied() {
        countPlaced(PlaceCounts.AGENCIES);
    }
}
