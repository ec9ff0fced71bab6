package org.livebase.base;

import java.util.ArrayList;
import java.util.List;

import org.livebase.web.Forms;

/**
 * A base as its operator keeps it: the page's form and the body of {@code POST /api/v1/bases} and
 * {@code PUT /api/v1/bases/{id}}. Single values are strings, so that what was typed comes back unchanged when the form
 * is shown again with its errors; JSON numbers are read as their text.
 */
public class BaseForm {

    public String name;

    public String nameEn;

    /** A district code of the operator's city, such as {@code yunlong}; optional. */
    public String district;

    /** The id of the estate the base sits in, which must be in the same city; optional. */
    public String estateId;

    public String address;

    public String latitude;

    public String longitude;

    /** Square metres. */
    public String floorArea;

    public String publicStudios;

    public String openedYear;

    public String description;

    /** Category names, such as {@code apparel}. */
    public List<String> categories = new ArrayList<>();

    /** Service names, such as {@code post_production}. */
    public List<String> services = new ArrayList<>();

    /** The version an edit was made from; not needed to create. */
    public String version;

    public static BaseForm from(Base base) {
        BaseForm form = new BaseForm();
        form.name = base.name;
        form.nameEn = base.nameEn;
        form.district = base.district == null ? null : base.district.code;
        form.estateId = base.estate == null ? null : base.estate.id.toString();
        form.address = base.address;
        form.latitude = Forms.text(base.latitude);
        form.longitude = Forms.text(base.longitude);
        form.floorArea = Forms.text(base.floorArea);
        form.publicStudios = Forms.text(base.publicStudios);
        form.openedYear = Forms.text(base.openedYear);
        form.description = base.description;
        form.categories = Forms.names(base.categories);
        form.services = Forms.names(base.services);
        form.version = String.valueOf(base.version);
        return form;
    }
}
