package org.livebase.agency;

/** An agency as other records name it; null where there is none, as for an independent host. */
public record AgencyRef(long id, String name, String nameEn) {

    public static AgencyRef from(Agency agency) {
        return agency == null ? null : new AgencyRef(agency.id, agency.name, agency.nameEn);
    }

    /** The agency in a row read as plain values: its id and names from column {@code at} on, null for none. */
    public static AgencyRef of(Object[] row, int at) {
        return row[at] == null ? null
                : new AgencyRef(((Number) row[at]).longValue(), (String) row[at + 1], (String) row[at + 2]);
    }
}
