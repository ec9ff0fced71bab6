package org.livebase.organisation;

/** The public face of an organisation: its name and unified social credit code, never its contacts. */
public record OrganisationRef(String name, String creditCode) {

    public static OrganisationRef from(Organisation organisation) {
        return new OrganisationRef(organisation.name, organisation.creditCode);
    }

    /** The organisation in a row read as plain values: its name and credit code from column {@code at} on. */
    public static OrganisationRef of(Object[] row, int at) {
        return new OrganisationRef((String) row[at], (String) row[at + 1]);
    }
}
