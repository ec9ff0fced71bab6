package org.livebase.base;

import java.util.List;
import java.util.Set;

import org.livebase.account.Caller;
import org.livebase.catalog.BaseService;
import org.livebase.catalog.Category;
import org.livebase.changes.Change;
import org.livebase.changes.ChangeKind;
import org.livebase.changes.ChangeLog;
import org.livebase.city.District;
import org.livebase.city.PlaceCounts;
import org.livebase.estate.Estate;
import org.livebase.organisation.Organisation;
import org.livebase.web.Checks;
import org.livebase.web.NotFound;
import org.livebase.web.Versions;

import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * The rules for bases kept by their operators: an organisation adds bases in its own city and changes only its own.
 * (Named for the profile because {@link BaseService} is what a base offers.)
 */
@ApplicationScoped
public class BaseProfileService {

    @Inject
    Caller caller;

    /** The bases the caller's organisation operates, by name. */
    public List<Base> own() {
        return caller.organisation().map(o -> Base.<Base> list("operator = ?1 order by name, id", o)).orElse(List.of());
    }

    /** The base, to change: 404 when there is none, 403 when another organisation operates it. */
    public Base owned(long id) {
        Base base = NotFound.orThrow(Base.<Base> findByIdOptional(id), "base");
        if (!caller.actsFor(base.operator)) {
            throw new ForbiddenException();
        }
        return base;
    }

    /** Adds a base operated by the caller's organisation, in its city. */
    @Transactional
    public Base create(BaseForm form) {
        Organisation operator = caller.organisation().orElseThrow(ForbiddenException::new);
        Base base = new Base();
        base.operator = operator;
        base.city = operator.city;
        apply(base, form);
        base.persist();
        PlaceCounts.BASES.count(base.city, base.district, 1);
        return ChangeLog.record(ChangeKind.BASES, Change.CREATED, base);
    }

    @Transactional
    public Base update(long id, BaseForm form) {
        Base base = owned(id);
        District before = base.district;
        Versions.edit(base, form.version, b -> apply(b, form));
        PlaceCounts.BASES.moved(before, base.district);
        return ChangeLog.record(ChangeKind.BASES, Change.UPDATED, base);
    }

    /** Checks the whole form, then copies it onto the base; nothing changes when a field is at fault. */
    private static void apply(Base base, BaseForm form) {
        Checks checks = new Checks();
        String name = Checks.clean(form.name);
        String nameEn = Checks.clean(form.nameEn);
        String address = Checks.clean(form.address);
        String description = Checks.clean(form.description);
        checks.required(name, "name").maxLength(name, 200, "name");
        checks.maxLength(nameEn, 200, "nameEn");
        District district = checks.lookup(form.district,
                code -> District.findByCode(base.city, code), "district",
                "form.error.unknown-district");
        Estate estate = checks.lookup(form.estateId,
                id -> Estate.<Estate> findByIdOptional(id.matches("\\d{1,18}") ? Long.valueOf(id) : -1L)
                        .filter(e -> e.city.id.equals(base.city.id)),
                "estateId", "base.error.estate");
        checks.maxLength(address, 300, "address");
        Double latitude = checks.decimal(form.latitude, "latitude");
        Double longitude = checks.decimal(form.longitude, "longitude");
        checks.between(latitude, -90, 90, "latitude", "base.error.latitude");
        checks.between(longitude, -180, 180, "longitude", "base.error.longitude");
        // A point needs both coordinates; one alone would put the base on the equator or the prime meridian.
        checks.check(latitude == null && longitude != null, "latitude", "base.error.coordinates");
        checks.check(longitude == null && latitude != null, "longitude", "base.error.coordinates");
        Integer floorArea = checks.integer(form.floorArea, "floorArea");
        Integer publicStudios = checks.integer(form.publicStudios, "publicStudios");
        Integer openedYear = checks.integer(form.openedYear, "openedYear");
        checks.notNegative(floorArea, "floorArea").notNegative(publicStudios, "publicStudios");
        checks.year(openedYear, "openedYear");
        checks.maxLength(description, 4000, "description");
        Set<Category> categories = checks.choices(Category.class, form.categories, "categories");
        Set<BaseService> services = checks.choices(BaseService.class, form.services, "services");
        checks.orThrow();

        base.name = name;
        base.nameEn = nameEn;
        base.district = district;
        base.estate = estate;
        base.address = address;
        base.latitude = latitude;
        base.longitude = longitude;
        base.floorArea = floorArea;
        base.publicStudios = publicStudios;
        base.openedYear = openedYear;
        base.description = description;
        base.categories.clear();
        base.categories.addAll(categories);
        base.services.clear();
        base.services.addAll(services);
    }
}
