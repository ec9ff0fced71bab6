package org.livebase.account;

import java.util.Optional;

import org.livebase.city.City;
import org.livebase.city.District;
import org.livebase.organisation.Organisation;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

/**
 * Who is calling, as the rules need it: the account and what it is bound to. Every ownership check goes through here,
 * so "an officer acts only in their own city" is written once.
 */
@RequestScoped
public class Caller {

    @Inject
    SecurityIdentity identity;

    private Account account;

    public boolean signedIn() {
        return !identity.isAnonymous();
    }

    /** The signed-in account, if any. */
    public Optional<Account> account() {
        if (account == null && signedIn()) {
            account = Account.findByUsername(identity.getPrincipal().getName()).orElse(null);
        }
        return Optional.ofNullable(account);
    }

    public String username() {
        return signedIn() ? identity.getPrincipal().getName() : null;
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    public String role() {
        return account().map(a -> a.role).orElse(null);
    }

    public boolean isCityOfficerOf(City city) {
        return hasRole(Role.CITY_OFFICER) && city != null
                && account().map(a -> a.city != null && a.city.id.equals(city.id)).orElse(false);
    }

    public boolean isDistrictOfficerOf(District district) {
        return hasRole(Role.DISTRICT_OFFICER) && district != null
                && account().map(a -> a.district != null && a.district.id.equals(district.id)).orElse(false);
    }

    /** Whether the caller is the agency account of this organisation. */
    public boolean actsFor(Organisation organisation) {
        return hasRole(Role.AGENCY) && organisation != null
                && account().map(a -> a.organisation != null && a.organisation.id.equals(organisation.id)).orElse(false);
    }

    /** The organisation an agency account acts for. */
    public Optional<Organisation> organisation() {
        return hasRole(Role.AGENCY) ? account().map(a -> a.organisation) : Optional.empty();
    }
}
