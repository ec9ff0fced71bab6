package org.livebase.host;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.hibernate.exception.ConstraintViolationException;
import org.livebase.account.Caller;
import org.livebase.agency.Agency;
import org.livebase.catalog.Category;
import org.livebase.catalog.Platform;
import org.livebase.changes.Change;
import org.livebase.changes.ChangeKind;
import org.livebase.changes.ChangeLog;
import org.livebase.city.District;
import org.livebase.city.PlaceCounts;
import org.livebase.web.Checks;
import org.livebase.web.ConflictException;
import org.livebase.web.InvalidInputException;
import org.livebase.web.NotFound;
import org.livebase.web.Versions;

import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;

/**
 * The rules for an agency's roster: an agency adds hosts to its own roster, in its city, and changes or removes only
 * its own. A host's personal data is seen by the host's agency and the officers of the host's city, by nobody else.
 */
@ApplicationScoped
public class HostService {

    /** The unique index that holds a roster to one entry per ID number (V18). */
    private static final String ROSTER_INDEX = "host_roster_person";

    @Inject
    Caller caller;

    /** The agency profile of the caller's organisation, whose roster the caller keeps; empty before it is made. */
    public Optional<Agency> ownAgency() {
        return caller.organisation().flatMap(Agency::findByOrganisation);
    }

    /** The host, to change: 404 when there is none, 403 when it is not on the caller's roster. */
    public Host owned(long id) {
        Host host = NotFound.orThrow(Host.<Host> findByIdOptional(id), "host");
        if (!onCallersRoster(host)) {
            throw new ForbiddenException();
        }
        return host;
    }

    /**
     * The host, for its personal data: its agency and its city's officers see it; for anyone else 404, so that the
     * answer does not even confirm whose roster the host is on.
     */
    public Host personal(long id) {
        Host host = Host.findById(id);
        if (host == null || !(onCallersRoster(host) || caller.isCityOfficerOf(host.city))) {
            throw new NotFoundException("host not found");
        }
        return host;
    }

    /** Adds a host to the roster of the caller's agency; 409 before the organisation has made its agency profile. */
    @Transactional
    public Host create(HostForm form) {
        Agency agency = ownAgency().orElseThrow(() -> new ConflictException(
                "the organisation has no agency profile yet; create it first with POST /api/v1/agencies"));
        Host host = new Host();
        host.agency = agency;
        host.city = agency.city;
        apply(host, form);
        onRoster(() -> host.persistAndFlush());
        HostCounts.count(host, 1);
        HostCounts.followers(host);
        return ChangeLog.record(ChangeKind.HOSTS, Change.CREATED, host);
    }

    @Transactional
    public Host update(long id, HostForm form) {
        Host host = owned(id);
        District before = host.district;
        onRoster(() -> Versions.edit(host, form.version, h -> apply(h, form)));
        PlaceCounts.HOSTS.moved(before, host.district);
        HostCounts.followers(host);
        return ChangeLog.record(ChangeKind.HOSTS, Change.UPDATED, host);
    }

    /** Takes the host off the roster and out of the register, with its accounts and certificates. */
    @Transactional
    public void remove(long id) {
        Host host = ChangeLog.record(ChangeKind.HOSTS, Change.WITHDRAWN, owned(id));
        HostCounts.count(host, -1);
        host.delete();
    }

    private boolean onCallersRoster(Host host) {
        return host.agency != null && caller.actsFor(host.agency.organisation);
    }

    /** Checks the whole form, then copies it onto the host; nothing changes when a field is at fault. */
    private static void apply(Host host, HostForm form) {
        Checks checks = new Checks();
        String stageName = Checks.clean(form.stageName);
        String bio = Checks.clean(form.bio);
        checks.required(stageName, "stageName").maxLength(stageName, 100, "stageName");
        checks.maxLength(bio, 2000, "bio");
        District district = checks.lookup(form.district,
                code -> District.findByCode(host.city, code), "district",
                "form.error.unknown-district");
        Set<Category> categories = checks.choices(Category.class, form.categories, "categories");
        List<HostAccount> accounts = accounts(checks, form.accounts);
        List<HostCertificate> certificates = certificates(checks, form.certificates);

        String realName = Checks.clean(form.realName);
        String idNumber = Checks.clean(form.idNumber) == null ? null : form.idNumber.trim().toUpperCase(Locale.ROOT);
        String phone = Checks.clean(form.phone);
        checks.required(realName, "realName").maxLength(realName, 100, "realName");
        checks.required(idNumber, "idNumber").check(idNumber != null && !IdNumber.isValid(idNumber), "idNumber",
                "host.error.id-number");
        checks.phone(phone, "phone");
        LocalDate birthDate = checks.date(form.birthDate, "birthDate");
        Optional<LocalDate> inIdNumber = IdNumber.isValid(idNumber) ? IdNumber.birthDate(idNumber) : Optional.empty();
        checks.check(birthDate != null && inIdNumber.isPresent() && !birthDate.equals(inIdNumber.get()), "birthDate",
                "host.error.birth-date");
        checks.check(IdNumber.isValid(idNumber) && onRosterAlready(host, idNumber), "idNumber",
                "host.error.id-number-registered");
        checks.orThrow();

        host.stageName = stageName;
        host.bio = bio;
        host.district = district;
        host.categories.clear();
        host.categories.addAll(categories);
        host.accounts.clear();
        accounts.forEach(host::addAccount);
        host.certificates.clear();
        certificates.forEach(host::addCertificate);
        host.realName = realName;
        host.idNumber = idNumber;
        host.phone = phone;
        host.birthDate = birthDate != null ? birthDate : inIdNumber.orElse(null);
    }

    /**
     * Whether another host on the host's roster has this ID number: a roster lists a person once, as a bulk import of
     * hosts checks too (importing.HostRows). Read through the roster's index, so it costs what the roster's size does.
     */
    private static boolean onRosterAlready(Host host, String idNumber) {
        return host.agency != null && Host.count("agency = ?1 and idNumber = ?2 and id <> ?3", host.agency, idNumber,
                host.id == null ? 0L : host.id) > 0;
    }

    /**
     * Runs a write that sends the host's row at once, so that it meets the roster's unique index (V18) before this
     * transaction locks any stored count: a second entry of the same person, written at the same moment as the first
     * and so passing {@link #onRosterAlready}, gets that check's field error; and a write that waits for another's
     * entry of the same person (a running import) waits holding no lock the other needs.
     */
    private static void onRoster(Runnable write) {
        try {
            write.run();
        } catch (ConstraintViolationException e) {
            if (e.getConstraintName() != null
                    && e.getConstraintName().toLowerCase(Locale.ROOT).contains(ROSTER_INDEX)) {
                throw new InvalidInputException("idNumber", "host.error.id-number-registered");
            }
            throw e;
        }
    }

    /** The rows filled in, as accounts; a row's fields are named {@code accounts[i].handle}, by its place in the form. */
    private static List<HostAccount> accounts(Checks checks, List<HostForm.AccountRow> rows) {
        List<HostAccount> accounts = new ArrayList<>();
        for (int i = 0; rows != null && i < rows.size(); i++) {
            HostForm.AccountRow row = rows.get(i);
            if (row == null || row.blank()) {
                continue;
            }
            String field = "accounts[" + i + "].";
            HostAccount account = new HostAccount();
            checks.required(row.platform, field + "platform");
            account.platform = checks.choice(Platform.class, row.platform, field + "platform");
            account.handle = Checks.clean(row.handle);
            checks.required(account.handle, field + "handle").maxLength(account.handle, 100, field + "handle");
            Long followers = checks.whole(row.followers, field + "followers");
            checks.notNegative(followers, field + "followers");
            account.followers = followers == null ? 0 : followers;
            accounts.add(account);
        }
        return accounts;
    }

    private static List<HostCertificate> certificates(Checks checks, List<HostForm.CertificateRow> rows) {
        List<HostCertificate> certificates = new ArrayList<>();
        for (int i = 0; rows != null && i < rows.size(); i++) {
            HostForm.CertificateRow row = rows.get(i);
            if (row == null || row.blank()) {
                continue;
            }
            String field = "certificates[" + i + "].";
            HostCertificate certificate = new HostCertificate();
            checks.required(row.kind, field + "kind");
            certificate.kind = checks.choice(SkillCertificate.class, row.kind, field + "kind");
            certificate.number = Checks.clean(row.number);
            checks.required(certificate.number, field + "number").maxLength(certificate.number, 60, field + "number");
            checks.required(row.issuedOn, field + "issuedOn");
            certificate.issuedOn = checks.date(row.issuedOn, field + "issuedOn");
            checks.check(certificate.issuedOn != null && certificate.issuedOn.isAfter(LocalDate.now()),
                    field + "issuedOn", "form.error.future-date");
            certificates.add(certificate);
        }
        return certificates;
    }
}
