package org.livebase.agency;

/** An agency as other records name it; null where there is none, as for an independent host. */
public record AgencyRef(long id, String name, String nameEn) {

    public static AgencyRef from(Agency agency) {
        return agency == null ? null : new AgencyRef(agency.id, agency.name, agency.nameEn);
    }
}
