package org.livebase.web;

import io.quarkus.arc.Unremovable;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

/**
 * Who is asking, for the navigation's links: the request's identity, resolved once. Authentication is lazy here, and
 * the injected identity resolves it again on every call: the layout's five questions (signed in, and four roles) cost
 * 4 % of a page made for the request. Only static code looks it up, so it is marked to be kept.
 */
@RequestScoped
@Unremovable
public class Visitor {

    private static final PerStart<Visitor> CURRENT = PerStart.proxy(Visitor.class);

    @Inject
    CurrentIdentityAssociation association;

    private SecurityIdentity identity;

    static Visitor current() {
        return CURRENT.get();
    }

    private SecurityIdentity identity() {
        if (identity == null) {
            identity = association.getIdentity();
        }
        return identity;
    }

    boolean signedIn() {
        return !identity().isAnonymous();
    }

    boolean hasRole(String role) {
        return identity().hasRole(role);
    }
}
