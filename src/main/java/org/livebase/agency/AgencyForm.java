package org.livebase.agency;

import java.util.ArrayList;
import java.util.List;

import org.livebase.web.Forms;

/**
 * An agency profile as its organisation keeps it: the page's form and the body of {@code POST /api/v1/agencies} and
 * {@code PUT /api/v1/agencies/{id}}. Single values are strings, so that what was typed comes back unchanged when the
 * form is shown again with its errors; JSON numbers are read as their text.
 */
public class AgencyForm {

    public String name;

    public String nameEn;

    /** A district code of the organisation's city, such as {@code yunlong}; optional. */
    public String district;

    public String foundedYear;

    public String description;

    /** Category names, such as {@code apparel}. */
    public List<String> categories = new ArrayList<>();

    /** Platform names, such as {@code douyin}. */
    public List<String> platforms = new ArrayList<>();

    /** The version an edit was made from; not needed to create. */
    public String version;

    public static AgencyForm from(Agency agency) {
        AgencyForm form = new AgencyForm();
        form.name = agency.name;
        form.nameEn = agency.nameEn;
        form.district = agency.district == null ? null : agency.district.code;
        form.foundedYear = Forms.text(agency.foundedYear);
        form.description = agency.description;
        form.categories = Forms.names(agency.categories);
        form.platforms = Forms.names(agency.platforms);
        form.version = String.valueOf(agency.version);
        return form;
    }
}
