package org.livebase.account;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.livebase.city.City;
import org.livebase.city.District;
import org.livebase.organisation.CreditCode;
import org.livebase.organisation.Organisation;
import org.livebase.web.Checks;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** The rules for accounts: who may sign up with what, and what an officer account is bound to. */
@ApplicationScoped
public class AccountService {

    @Inject
    AuditLog audit;

    static final Pattern USERNAME = Pattern.compile("^[a-z0-9][a-z0-9._-]{2,59}$");
    public static final int PASSWORD_MIN = 10;

    /** Creates the organisation and its agency account, or throws with every field at fault; nothing is half-written. */
    @Transactional
    public Account register(RegistrationForm form) {
        Checks checks = new Checks();
        String name = Checks.clean(form.organisationName);
        String code = Checks.clean(form.creditCode) == null ? null : form.creditCode.trim().toUpperCase(Locale.ROOT);
        checks.required(name, "organisationName").maxLength(name, 200, "organisationName");
        checks.required(code, "creditCode")
                .check(code != null && !CreditCode.isValid(code), "creditCode", "account.error.credit-code")
                .check(code != null && Organisation.count("creditCode", code) > 0, "creditCode",
                        "account.error.credit-code-taken");
        Optional<City> city = cityOf(form.city);
        checks.required(Checks.clean(form.city), "city").check(Checks.clean(form.city) != null && city.isEmpty(), "city",
                "form.error.unknown-city");
        Optional<District> district = city.flatMap(c -> districtOf(c, form.district));
        checks.check(Checks.clean(form.district) != null && city.isPresent() && district.isEmpty(), "district",
                "form.error.unknown-district");
        String contactName = Checks.clean(form.contactName);
        String phone = Checks.clean(form.contactPhone);
        String email = Checks.clean(form.contactEmail);
        checks.required(contactName, "contactName").maxLength(contactName, 100, "contactName");
        checks.required(phone, "contactPhone").phone(phone, "contactPhone");
        checks.email(email, "contactEmail").maxLength(email, 200, "contactEmail");
        checkNewCredentials(checks, form.username, form.password);
        checks.orThrow();

        Organisation organisation = new Organisation();
        organisation.name = name;
        organisation.creditCode = code;
        organisation.city = city.get();
        organisation.district = district.orElse(null);
        organisation.contactName = contactName;
        organisation.contactPhone = phone;
        organisation.contactEmail = email;
        organisation.persist();

        Account account = new Account();
        account.username = form.username.trim();
        account.setPassword(form.password);
        account.role = Role.AGENCY;
        account.displayName = name;
        account.organisation = organisation;
        account.persist();
        return account;
    }

    /** Creates an officer or administrator account; only administrators call this. */
    @Transactional
    public Account createAccount(AccountForm form) {
        Checks checks = new Checks();
        String role = Checks.clean(form.role);
        checks.required(role, "role").check(role != null && !Role.ADMIN.equals(role) && !Role.CITY_OFFICER.equals(role)
                && !Role.DISTRICT_OFFICER.equals(role), "role", "account.error.role");
        Optional<City> city = cityOf(form.city);
        boolean needsCity = Role.CITY_OFFICER.equals(role) || Role.DISTRICT_OFFICER.equals(role);
        checks.check(needsCity && city.isEmpty(), "city", "form.error.unknown-city");
        Optional<District> district = city.flatMap(c -> districtOf(c, form.district));
        checks.check(Role.DISTRICT_OFFICER.equals(role) && district.isEmpty(), "district", "form.error.unknown-district");
        String displayName = Checks.clean(form.displayName);
        checks.required(displayName, "displayName").maxLength(displayName, 100, "displayName");
        checkNewCredentials(checks, form.username, form.password);
        checks.orThrow();

        Account account = new Account();
        account.username = form.username.trim();
        account.setPassword(form.password);
        account.role = role;
        account.displayName = displayName;
        if (needsCity) {
            account.city = city.get();
        }
        if (Role.DISTRICT_OFFICER.equals(role)) {
            account.district = district.get();
        }
        account.persist();
        audit.record("account.create", account.username + " (" + role + (needsCity ? ", " + city.get().code : "")
                + (account.district != null ? "/" + account.district.code : "") + ")");
        return account;
    }

    private static void checkNewCredentials(Checks checks, String rawUsername, String password) {
        String username = Checks.clean(rawUsername);
        checks.required(username, "username")
                .check(username != null && !USERNAME.matcher(username).matches(), "username", "account.error.username")
                .check(username != null && Account.findByUsername(username).isPresent(), "username",
                        "account.error.username-taken");
        checks.required(password, "password")
                .check(password != null && password.length() < PASSWORD_MIN, "password", "account.error.password")
                .maxLength(password, 200, "password");
    }

    private static Optional<City> cityOf(String code) {
        String clean = Checks.clean(code);
        return clean == null ? Optional.empty() : City.findByCode(clean);
    }

    private static Optional<District> districtOf(City city, String code) {
        String clean = Checks.clean(code);
        return clean == null ? Optional.empty() : District.findByCode(city, clean);
    }
}
