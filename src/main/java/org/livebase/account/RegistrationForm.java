package org.livebase.account;


/**
 * What an agency or base operator types to sign up: its organisation and the account that will act for it. The same
 * class is the JSON body of {@code POST /api/v1/registrations}. Everything is a string so that what was typed comes
 * back unchanged when the form is shown again with its errors.
 */
public class RegistrationForm {

    public String organisationName;

    public String creditCode;

    public String city;

    public String district;

    public String contactName;

    public String contactPhone;

    public String contactEmail;

    public String username;

    public String password;
}
