package org.livebase.account;

import java.util.Optional;

import org.livebase.city.City;
import org.livebase.city.District;
import org.livebase.organisation.Organisation;
import org.livebase.web.AuditedEntity;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.security.jpa.Password;
import io.quarkus.security.jpa.Roles;
import io.quarkus.security.jpa.UserDefinition;
import io.quarkus.security.jpa.Username;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * A signed-in user with exactly one role and what it is bound to: a city officer to a city, a district officer to a
 * district (and its city), an agency account to its organisation. A check constraint in the schema holds the binding.
 */
@Entity
@Table(name = "account")
@UserDefinition
public class Account extends AuditedEntity {

    @Username
    @Column(nullable = false, unique = true)
    public String username;

    /** bcrypt hash; the password itself is never stored. */
    @Password
    @Column(name = "password_hash", nullable = false)
    public String passwordHash;

    @Roles
    @Column(nullable = false)
    public String role;

    @Column(name = "display_name", nullable = false)
    public String displayName;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "city_id")
    public City city;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "district_id")
    public District district;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "organisation_id")
    public Organisation organisation;

    public void setPassword(String password) {
        passwordHash = BcryptUtil.bcryptHash(password);
    }

    // queries

    public static Optional<Account> findByUsername(String username) {
        return find("username", username).firstResultOptional();
    }
}
