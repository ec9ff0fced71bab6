package org.livebase.application;

import java.util.Arrays;
import java.util.List;

import org.livebase.account.Account;
import org.livebase.account.Caller;
import org.livebase.account.Role;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The lists of applications each kind of user sees: the same filter for pages and API. */
@ApplicationScoped
public class ApplicationQueries {

    /** Everything an officer may see: all but drafts. */
    static final List<ApplicationState> BEYOND_DRAFT = Arrays.stream(ApplicationState.values())
            .filter(s -> s != ApplicationState.DRAFT).toList();

    @Inject
    Caller caller;

    public List<Application> visibleToCaller() {
        Account account = caller.account().orElseThrow();
        return switch (account.role) {
            case Role.AGENCY -> Application.listByApplicant(account.organisation);
            case Role.DISTRICT_OFFICER -> Application.queue(account.city, account.district, BEYOND_DRAFT);
            case Role.CITY_OFFICER -> Application.queue(account.city, null, BEYOND_DRAFT);
            default -> List.of();
        };
    }
}
