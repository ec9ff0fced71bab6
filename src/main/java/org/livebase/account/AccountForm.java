package org.livebase.account;


/** An administrator's form (and API body) for a new officer or administrator account. */
public class AccountForm {

    public String username;

    public String password;

    public String displayName;

    /** {@code city_officer}, {@code district_officer} or {@code admin}; agencies sign up themselves. */
    public String role;

    /** City code, for officers. */
    public String city;

    /** District code within the city, for district officers. */
    public String district;
}
