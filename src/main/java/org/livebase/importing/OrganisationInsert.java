package org.livebase.importing;

import java.sql.PreparedStatement;
import java.sql.SQLException;

/** The organisation behind an imported agency, or the new operator of an imported base: one row of the batch. */
final class OrganisationInsert {

    static final String SQL = "insert into organisation (id, version, created_at, updated_at, name, credit_code, "
            + "city_id, district_id, contact_name, contact_phone, contact_email) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private OrganisationInsert() {
    }

    static void add(Rows<?> rows, PreparedStatement batch, long id, String name, String creditCode, Long district,
            String contactName, String contactPhone, String contactEmail) throws SQLException {
        int at = rows.audited(batch, id);
        Rows.set(batch, at++, name);
        Rows.set(batch, at++, creditCode);
        batch.setLong(at++, rows.target.cityId());
        Rows.set(batch, at++, district);
        Rows.set(batch, at++, contactName);
        Rows.set(batch, at++, contactPhone);
        Rows.set(batch, at, contactEmail);
        batch.addBatch();
    }
}
