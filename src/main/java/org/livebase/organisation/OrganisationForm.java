package org.livebase.organisation;

/**
 * What an organisation's own account may change: its name and contacts; the credit code is fixed once registered. The
 * page's form and the body of {@code PUT /api/v1/organisations/{id}}. Everything is a string so that what was typed
 * comes back unchanged when the form is shown again with its errors.
 */
public class OrganisationForm {

    public String name;

    public String contactName;

    public String contactPhone;

    public String contactEmail;

    /** The version the edit was made from. */
    public String version;

    public static OrganisationForm from(Organisation organisation) {
        OrganisationForm form = new OrganisationForm();
        form.name = organisation.name;
        form.contactName = organisation.contactName;
        form.contactPhone = organisation.contactPhone;
        form.contactEmail = organisation.contactEmail;
        form.version = String.valueOf(organisation.version);
        return form;
    }
}
