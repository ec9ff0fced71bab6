package org.livebase.organisation;

import org.livebase.account.Caller;
import org.livebase.changes.ChangeLog;
import org.livebase.web.Checks;
import org.livebase.web.NotFound;
import org.livebase.web.Versions;

import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;

/** The rules for an organisation's own record: only its account changes it, and only its name and contacts. */
@ApplicationScoped
public class OrganisationService {

    @Inject
    Caller caller;

    /**
     * The organisation with its contacts, for its own account and its city's officers; 404 for anyone else, so that
     * another organisation's contacts are not even confirmed to exist.
     */
    public Organisation find(long id) {
        Organisation organisation = Organisation.findById(id);
        if (organisation == null || !(caller.actsFor(organisation) || caller.isCityOfficerOf(organisation.city))) {
            throw new NotFoundException("organisation not found");
        }
        return organisation;
    }

    /** The organisation the caller acts for, to change: 404 when there is none, 403 when it is another's. */
    public Organisation owned(long id) {
        Organisation organisation = NotFound.orThrow(Organisation.<Organisation> findByIdOptional(id), "organisation");
        if (!caller.actsFor(organisation)) {
            throw new ForbiddenException();
        }
        return organisation;
    }

    /** Changes the name and contacts, or throws with every field at fault (400) or for a stale version (409). */
    @Transactional
    public Organisation update(long id, OrganisationForm form) {
        Organisation organisation = owned(id);
        String name = organisation.name;
        Versions.edit(organisation, form.version, edited -> apply(edited, form));
        if (!organisation.name.equals(name)) {
            ChangeLog.organisationRenamed(organisation);
        }
        return organisation;
    }

    /** Checks the whole form, then copies it onto the organisation; nothing changes when a field is at fault. */
    private static void apply(Organisation organisation, OrganisationForm form) {
        Checks checks = new Checks();
        String name = Checks.clean(form.name);
        String contactName = Checks.clean(form.contactName);
        String phone = Checks.clean(form.contactPhone);
        String email = Checks.clean(form.contactEmail);
        checks.required(name, "name").maxLength(name, 200, "name");
        checks.required(contactName, "contactName").maxLength(contactName, 100, "contactName");
        checks.required(phone, "contactPhone").phone(phone, "contactPhone");
        checks.email(email, "contactEmail").maxLength(email, 200, "contactEmail");
        checks.orThrow();

        organisation.name = name;
        organisation.contactName = contactName;
        organisation.contactPhone = phone;
        organisation.contactEmail = email;
    }
}
