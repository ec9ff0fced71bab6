package org.livebase.agency;

import java.util.Optional;
import java.util.Set;

import org.livebase.account.Caller;
import org.livebase.catalog.Category;
import org.livebase.catalog.Platform;
import org.livebase.changes.Change;
import org.livebase.changes.ChangeKind;
import org.livebase.changes.ChangeLog;
import org.livebase.city.District;
import org.livebase.city.PlaceCounts;
import org.livebase.organisation.Organisation;
import org.livebase.web.Checks;
import org.livebase.web.ConflictException;
import org.livebase.web.NotFound;
import org.livebase.web.Versions;

import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * The rules for an agency profile kept by its organisation: one profile per organisation, in the organisation's city,
 * changed only by that organisation's account.
 */
@ApplicationScoped
public class AgencyService {

    @Inject
    Caller caller;

    /** The agency profile of the caller's organisation, if it has made one. */
    public Optional<Agency> own() {
        return caller.organisation().flatMap(Agency::findByOrganisation);
    }

    /** The agency, to change: 404 when there is none, 403 when it is another organisation's. */
    public Agency owned(long id) {
        Agency agency = NotFound.orThrow(Agency.<Agency> findByIdOptional(id), "agency");
        if (!caller.actsFor(agency.organisation)) {
            throw new ForbiddenException();
        }
        return agency;
    }

    /** Creates the caller's organisation's agency profile; 409 when it has one already. */
    @Transactional
    public Agency create(AgencyForm form) {
        Organisation organisation = caller.organisation().orElseThrow(ForbiddenException::new);
        if (Agency.findByOrganisation(organisation).isPresent()) {
            throw new ConflictException("the organisation has its agency profile already; change it with PUT");
        }
        Agency agency = new Agency();
        agency.organisation = organisation;
        agency.city = organisation.city;
        apply(agency, form);
        agency.persist();
        PlaceCounts.AGENCIES.count(agency.city, agency.district, 1);
        return ChangeLog.record(ChangeKind.AGENCIES, Change.CREATED, agency);
    }

    @Transactional
    public Agency update(long id, AgencyForm form) {
        Agency agency = owned(id);
        District before = agency.district;
        Versions.edit(agency, form.version, a -> apply(a, form));
        PlaceCounts.AGENCIES.moved(before, agency.district);
        return ChangeLog.record(ChangeKind.AGENCIES, Change.UPDATED, agency);
    }

    /** Checks the whole form, then copies it onto the agency; nothing changes when a field is at fault. */
    private static void apply(Agency agency, AgencyForm form) {
        Checks checks = new Checks();
        String name = Checks.clean(form.name);
        String nameEn = Checks.clean(form.nameEn);
        String description = Checks.clean(form.description);
        checks.required(name, "name").maxLength(name, 200, "name");
        checks.maxLength(nameEn, 200, "nameEn");
        District district = checks.lookup(form.district,
                code -> District.findByCode(agency.city, code), "district",
                "form.error.unknown-district");
        Integer founded = checks.integer(form.foundedYear, "foundedYear");
        checks.year(founded, "foundedYear");
        checks.maxLength(description, 4000, "description");
        Set<Category> categories = checks.choices(Category.class, form.categories, "categories");
        Set<Platform> platforms = checks.choices(Platform.class, form.platforms, "platforms");
        checks.orThrow();

        agency.name = name;
        agency.nameEn = nameEn;
        agency.district = district;
        agency.foundedYear = founded;
        agency.description = description;
        agency.categories.clear();
        agency.categories.addAll(categories);
        agency.platforms.clear();
        agency.platforms.addAll(platforms);
    }
}
