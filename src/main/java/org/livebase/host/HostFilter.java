package org.livebase.host;

import java.util.EnumSet;

import org.livebase.agency.Agency;
import org.livebase.agency.AgencyRef;
import org.livebase.directory.DirectoryFilter;
import org.livebase.directory.DirectoryFilter.Facet;
import org.livebase.directory.DirectoryParams;
import org.livebase.web.Checks;
import org.livebase.web.InvalidInputException;
import org.livebase.web.Keyset;
import org.livebase.web.PageRequest;
import org.livebase.web.Params;

/**
 * The host list's filters: the directory's, plus the agency whose roster it is. The agency is the host list's own
 * parameter rather than a {@link DirectoryParams} field, because no other list has it.
 *
 * @param agency the agency filtered on, or null for hosts of any agency and independent ones
 * @param after where the page starts: after a previous page's last host (keyset paging), or null for a numbered page
 */
public record HostFilter(DirectoryFilter directory, AgencyRef agency, Keyset.Position after) {

    /** Hosts have no recognitions, so the list answers 400 to a status filter. */
    static final EnumSet<Facet> FACETS = EnumSet.of(Facet.CATEGORY, Facet.PLATFORM);

    private static final int ID_MAX = 19;

    public static HostFilter parse(DirectoryParams params, String agency, String after) {
        Checks checks = new Checks();
        DirectoryFilter directory = checks.value(() -> DirectoryFilter.parse(params, Host.SORTING, FACETS));
        AgencyRef owner = checks.value(() -> agency(agency));
        Keyset.Position position = checks.value(() -> after(after, params.page));
        checks.orThrow();
        return new HostFilter(directory, owner, position);
    }

    /** The {@code after} parameter: a previous page's next, or null; 400 when a page number is given too. */
    static Keyset.Position after(String raw, String page) {
        Keyset.Position after = Keyset.Position.decode(raw);
        if (after != null && page != null && !page.isBlank()) {
            throw new InvalidInputException("page", "param.page-or-after");
        }
        return after;
    }

    /** The first page of {@code agency}'s hosts by stage name, as its profile shows them. */
    public static HostFilter roster(AgencyRef agency) {
        return roster(agency, new PageRequest(1, PageRequest.DEFAULT_SIZE), null);
    }

    /** A page of {@code agency}'s hosts by stage name: numbered, or the page after host {@code after}. */
    public static HostFilter roster(AgencyRef agency, PageRequest page, Keyset.Position after) {
        return new HostFilter(new DirectoryFilter(null, null, null, null, null, "name", page), agency, after);
    }

    /** The pager's link to {@code page}: the directory's filters and the agency. */
    public String pageQuery(int page) {
        return agency == null ? directory.pageQuery(page) : and(directory.pageQuery(page), "agency=" + agency.id());
    }

    /** The pager's link to the page after {@code next} (a page's {@code next}), with the same filters. */
    public String afterQuery(String next) {
        return and(pageQuery(1), "after=" + next);
    }

    private static String and(String query, String parameter) {
        return query + (query.equals("?") ? "" : "&") + parameter;
    }

    private static AgencyRef agency(String raw) {
        Long id = id("agency", raw, "param.agency-id");
        return id == null ? null
                : AgencyRef.from(Agency.<Agency> findByIdOptional(id)
                        .orElseThrow(() -> new InvalidInputException("agency", "param.no-agency")));
    }

    private static Long id(String field, String raw, String key) {
        String value = Params.text(field, raw, ID_MAX);
        if (value == null) {
            return null;
        }
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new InvalidInputException(field, key);
        }
    }
}
