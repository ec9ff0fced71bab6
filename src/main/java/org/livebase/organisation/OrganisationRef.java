package org.livebase.organisation;

/** The public face of an organisation: its name and unified social credit code, never its contacts. */
public record OrganisationRef(String name, String creditCode) {

    public static OrganisationRef from(Organisation organisation) {
        return new OrganisationRef(organisation.name, organisation.creditCode);
    }
}
