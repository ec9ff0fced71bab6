package org.livebase.demo;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.function.Consumer;

import org.livebase.account.Account;
import org.livebase.account.Role;
import org.livebase.application.Action;
import org.livebase.application.Application;
import org.livebase.application.ApplicationEvent;
import org.livebase.application.ApplicationState;
import org.livebase.base.Base;
import org.livebase.recognition.SubjectKind;

/**
 * The demo accounts, all with the password {@value #PASSWORD} (the README lists them), and one submitted application so
 * the Yunlong officer's queue has something in it. Only the demo profile loads these: no other profile has a default
 * password.
 */
final class DemoAccounts {

    static final String PASSWORD = "livebase-demo";

    private DemoAccounts() {
    }

    static void store(DemoSet set) {
        account("admin", "系统管理员", Role.ADMIN, a -> {
        });
        account("xuzhou-officer", "徐州市商务局", Role.CITY_OFFICER, a -> a.city = set.city("xuzhou"));
        account("shanghai-officer", "上海市商务委员会", Role.CITY_OFFICER, a -> a.city = set.city("shanghai"));
        account("yunlong-officer", "云龙区商务局", Role.DISTRICT_OFFICER, a -> {
            a.district = set.district("xuzhou", "yunlong");
            a.city = a.district.city;
        });
        Base base = set.base("xz-xingbo");
        Account agency = account("demo-agency", base.operator.name, Role.AGENCY, a -> a.organisation = base.operator);
        submitted(set, base, agency);
    }

    private static Account account(String username, String displayName, String role,
            Consumer<Account> binding) {
        Account account = new Account();
        account.username = username;
        account.displayName = displayName;
        account.role = role;
        account.setPassword(PASSWORD);
        binding.accept(account);
        account.persist();
        return account;
    }

    /** demo-agency's Xingbo base, submitted under Xuzhou's key-base scheme and waiting for the district. */
    private static void submitted(DemoSet set, Base base, Account agency) {
        Application application = new Application();
        application.scheme = set.scheme("xuzhou/key-base-2023");
        application.city = base.city;
        application.district = base.district;
        application.applicant = base.operator;
        application.subjectKind = SubjectKind.BASE;
        application.base = base;
        application.state = ApplicationState.SUBMITTED;
        application.stateSince = Instant.now();
        Map.of("floor_area", 4800, "public_studios", 26, "resident_firms", 14, "years_in_operation", 3,
                "serious_violations_3y", 0, "monthly_gmv", 22)
                .forEach((metric, value) -> application.metrics.put(metric, BigDecimal.valueOf(value)));
        application.persist();
        ApplicationEvent event = new ApplicationEvent();
        event.application = application;
        event.at = application.stateSince;
        event.actor = agency.username;
        event.actorRole = agency.role;
        event.action = Action.SUBMIT;
        event.from = ApplicationState.DRAFT;
        event.to = ApplicationState.SUBMITTED;
        event.comment = "申请认定徐州市重点直播电商基地";
        event.persist();
    }
}
