package org.livebase.account;

/** The role names, as stored and as {@code @RolesAllowed} names them. */
public final class Role {

    public static final String ADMIN = "admin";
    /** Bound to one city: reviews, grants, evaluates, warns and revokes there. */
    public static final String CITY_OFFICER = "city_officer";
    /** Bound to one district: first review of applications from it. */
    public static final String DISTRICT_OFFICER = "district_officer";
    /** Bound to one organisation: keeps its profiles and hosts, applies for recognition. */
    public static final String AGENCY = "agency";

    public static final String[] ALL = { ADMIN, CITY_OFFICER, DISTRICT_OFFICER, AGENCY };

    private Role() {
    }
}
