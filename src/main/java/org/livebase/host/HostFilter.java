package org.livebase.host;

import java.util.EnumSet;

import org.livebase.agency.Agency;
import org.livebase.agency.AgencyRef;
import org.livebase.directory.DirectoryFilter;
import org.livebase.directory.DirectoryFilter.Facet;
import org.livebase.directory.DirectoryParams;
import org.livebase.web.InvalidInputException;
import org.livebase.web.PageRequest;
import org.livebase.web.Params;

/**
 * The host list's filters: the directory's, plus the agency whose roster it is. The agency is the host list's own
 * parameter rather than a {@link DirectoryParams} field, because no other list has it.
 *
 * @param agency the agency filtered on, or null for hosts of any agency and independent ones
 */
public record HostFilter(DirectoryFilter directory, AgencyRef agency) {

    /** Hosts have no recognitions, so the list answers 400 to a status filter. */
    static final EnumSet<Facet> FACETS = EnumSet.of(Facet.CATEGORY, Facet.PLATFORM);

    private static final int ID_MAX = 19;

    public static HostFilter parse(DirectoryParams params, String agency) {
        return new HostFilter(DirectoryFilter.parse(params, Host.SORTING, FACETS), agency(agency));
    }

    /** The first page of {@code agency}'s hosts by stage name, as its profile shows them. */
    public static HostFilter roster(AgencyRef agency) {
        return roster(agency, new PageRequest(1, PageRequest.DEFAULT_SIZE));
    }

    /** A page of {@code agency}'s hosts by stage name. */
    public static HostFilter roster(AgencyRef agency, PageRequest page) {
        return new HostFilter(new DirectoryFilter(null, null, null, null, null, "name", page), agency);
    }

    /** The pager's link to {@code page}: the directory's filters and the agency. */
    public String pageQuery(int page) {
        String query = directory.pageQuery(page);
        if (agency == null) {
            return query;
        }
        return query + (query.equals("?") ? "" : "&") + "agency=" + agency.id();
    }

    private static AgencyRef agency(String raw) {
        String value = Params.text("agency", raw, ID_MAX);
        if (value == null) {
            return null;
        }
        long id;
        try {
            id = Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new InvalidInputException("agency", "must be an agency's id, a whole number");
        }
        return AgencyRef.from(Agency.<Agency> findByIdOptional(id)
                .orElseThrow(() -> new InvalidInputException("agency", "no agency has this id")));
    }
}
