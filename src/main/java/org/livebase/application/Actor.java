package org.livebase.application;

/** Who may take a step: the applicant organisation, the officer of the subject's district or city, or the system. */
public enum Actor {
    APPLICANT,
    DISTRICT_OFFICER,
    CITY_OFFICER,
    /** Steps nobody takes by hand, such as expiry at the end of the validity. */
    SYSTEM
}
