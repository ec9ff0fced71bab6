package org.livebase.importing;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.livebase.catalog.BaseService;
import org.livebase.catalog.Category;
import org.livebase.city.PlaceCounts;
import org.livebase.importing.Lookups.Registered;
import org.livebase.web.Checks;

/**
 * Bases: each row a base and its operator, named by credit code. An operator already registered must be in the city;
 * one not registered yet is made from the row's operator name, once, however many rows name it.
 */
final class BaseRows extends Rows<BaseRows.Base> {

    /**
     * @param operator the id of the registered operator, or null for a new one
     * @param newOperator the new operator's name and district, from the file's first row with its code; null for a
     *        registered one
     */
    record Base(String name, String nameEn, Long operator, String operatorCode, NewOperator newOperator, Long district,
            String address, Double latitude, Double longitude, Integer floorArea, Integer publicStudios,
            Integer openedYear, Set<Category> categories, Set<BaseService> services, String description) {
    }

    /** An operator the file makes: named, and placed in the district of, the first row that names its credit code. */
    record NewOperator(String name, Long district) {
    }

    private final PreparedStatement registered;
    /** Operators the file makes, by credit code, with the ids they were given. */
    private final Map<String, Long> made = new HashMap<>();
    /**
     * The operators the file makes, by credit code, as the first row in the file with each describes it: rows are
     * written in name order, not file order, and an operator is made with the first of its bases written.
     */
    private final Map<String, NewOperator> newOperators = new HashMap<>();
    private PreparedStatement organisations;
    private PreparedStatement bases;
    private PreparedStatement categories;
    private PreparedStatement services;

    BaseRows(Target target) throws SQLException {
        super(target);
        registered = db.prepareStatement("select id, city_id from organisation where credit_code = ?");
    }

    @Override
    Base check(Header header, List<String> record, long line, Checks checks, List<RowError> problems)
            throws SQLException {
        String name = header.get(record, "name");
        String nameEn = header.get(record, "name_en");
        String address = header.get(record, "address");
        String description = header.get(record, "description");
        String operatorName = header.get(record, "operator_name");
        checks.required(name, "name").maxLength(name, 200, "name");
        checks.maxLength(nameEn, 200, "name_en");
        checks.maxLength(operatorName, 200, "operator_name");
        String operatorCode = AgencyRows.creditCode(header.get(record, "operator_credit_code"), "operator_credit_code",
                checks);
        Registered operator = operatorCode == null ? Registered.NONE : registered(operatorCode);
        checks.check(operator.id() != null && !operator.here(), "operator_credit_code", "import.error.operator-elsewhere");
        checks.check(operatorCode != null && operator.id() == null && operatorName == null, "operator_name",
                "import.error.operator-name");
        Long district = district(header.get(record, "district"), checks);
        checks.maxLength(address, 300, "address");
        Double latitude = checks.decimal(header.get(record, "latitude"), "latitude");
        Double longitude = checks.decimal(header.get(record, "longitude"), "longitude");
        checks.between(latitude, -90, 90, "latitude", "base.error.latitude");
        checks.between(longitude, -180, 180, "longitude", "base.error.longitude");
        checks.check(latitude == null && longitude != null, "latitude", "base.error.coordinates");
        checks.check(longitude == null && latitude != null, "longitude", "base.error.coordinates");
        Integer floorArea = checks.integer(header.get(record, "floor_area"), "floor_area");
        Integer publicStudios = checks.integer(header.get(record, "public_studios"), "public_studios");
        Integer openedYear = checks.integer(header.get(record, "opened_year"), "opened_year");
        checks.notNegative(floorArea, "floor_area").notNegative(publicStudios, "public_studios");
        checks.year(openedYear, "opened_year");
        checks.maxLength(description, 4000, "description");
        Set<Category> categories = choices(Category.class, header.get(record, "categories"), "categories", checks);
        Set<BaseService> services = choices(BaseService.class, header.get(record, "services"), "services", checks);
        if (!checks.ok()) {
            return null;
        }
        NewOperator newOperator = operator.id() != null ? null
                : newOperators.computeIfAbsent(operatorCode, code -> new NewOperator(operatorName, district));
        return new Base(name, nameEn, operator.id(), operatorCode, newOperator, district, address, latitude, longitude,
                floorArea, publicStudios, openedYear, categories, services, description);
    }

    private Registered registered(String code) throws SQLException {
        Registered found = target.lookups().organisations.get(code);
        if (found == null) {
            registered.setString(1, code);
            try (ResultSet row = registered.executeQuery()) {
                found = row.next() ? new Registered(row.getLong(1), row.getLong(2) == target.cityId()) : Registered.NONE;
            }
            target.lookups().organisations.put(code, found);
        }
        return found;
    }

    @Override
    String name(Base base) {
        return base.name();
    }

    @Override
    void write(Base base) throws SQLException {
        if (organisations == null) {
            organisations = batch(OrganisationInsert.SQL);
            bases = batch("insert into base (id, version, created_at, updated_at, city_id, district_id, operator_id, "
                    + "name, name_en, address, latitude, longitude, floor_area, public_studios, opened_year, description) "
                    + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
            categories = batch("insert into base_category (base_id, category) values (?, ?)");
            services = batch("insert into base_service (base_id, service) values (?, ?)");
        }
        Long operator = base.operator();
        if (operator == null) {
            operator = made.get(base.operatorCode());
            if (operator == null) {
                operator = target.ids().next();
                made.put(base.operatorCode(), operator);
                OrganisationInsert.add(this, organisations, operator, base.newOperator().name(), base.operatorCode(),
                        base.newOperator().district(), null, null, null);
            }
        }
        long id = target.ids().next();
        int at = audited(bases, id);
        bases.setLong(at++, target.cityId());
        set(bases, at++, base.district());
        bases.setLong(at++, operator);
        set(bases, at++, base.name());
        set(bases, at++, base.nameEn());
        set(bases, at++, base.address());
        set(bases, at++, base.latitude());
        set(bases, at++, base.longitude());
        set(bases, at++, base.floorArea());
        set(bases, at++, base.publicStudios());
        set(bases, at++, base.openedYear());
        set(bases, at, base.description());
        bases.addBatch();
        values(categories, id, base.categories());
        values(services, id, base.services());
        placed(base.district());
        written(id);
    }

    @Override
    void applied() {
        countPlaced(PlaceCounts.BASES);
    }
}
