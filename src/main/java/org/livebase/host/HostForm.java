package org.livebase.host;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.livebase.web.Forms;

/**
 * A host on an agency's roster, personal data included: the page's form and the body of {@code POST /api/v1/hosts}
 * and {@code PUT /api/v1/hosts/{id}}. Single values are strings, so that what was typed comes back unchanged when the
 * form is shown again with its errors; JSON numbers are read as their text. Rows left wholly blank are ignored (the
 * page offers a few spare ones).
 */
public class HostForm {

    public String stageName;

    public String bio;

    /** A district code of the agency's city, such as {@code yunlong}; optional. */
    public String district;

    /** Category names, such as {@code apparel}. */
    public List<String> categories = new ArrayList<>();

    public List<AccountRow> accounts = new ArrayList<>();

    public List<CertificateRow> certificates = new ArrayList<>();

    /** Personal data (PIPL): only the host's agency and its city's officers ever see it again. */
    public String realName;

    /** The 18-character resident ID number, its check character included. */
    public String idNumber;

    public String phone;

    /** ISO date; when left out, the one the ID number holds. */
    public String birthDate;

    /** The version an edit was made from; not needed to create. */
    public String version;

    /** One platform account. */
    public static class AccountRow {

        /** A platform name, such as {@code douyin}. */
        public String platform;

        public String handle;

        public String followers;

        public boolean blank() {
            return Stream.of(platform, handle, followers).allMatch(v -> v == null || v.isBlank());
        }
    }

    /** One vocational skill certificate. */
    public static class CertificateRow {

        /** A certificate kind, such as {@code internet_marketer}. */
        public String kind;

        public String number;

        /** ISO date. */
        public String issuedOn;

        public boolean blank() {
            return Stream.of(kind, number, issuedOn).allMatch(v -> v == null || v.isBlank());
        }
    }

    public static HostForm from(Host host) {
        HostForm form = new HostForm();
        form.stageName = host.stageName;
        form.bio = host.bio;
        form.district = host.district == null ? null : host.district.code;
        form.categories = Forms.names(host.categories);
        for (HostAccount account : host.accounts) {
            AccountRow row = new AccountRow();
            row.platform = Forms.name(account.platform);
            row.handle = account.handle;
            row.followers = String.valueOf(account.followers);
            form.accounts.add(row);
        }
        for (HostCertificate certificate : host.certificates) {
            CertificateRow row = new CertificateRow();
            row.kind = Forms.name(certificate.kind);
            row.number = certificate.number;
            row.issuedOn = Forms.text(certificate.issuedOn);
            form.certificates.add(row);
        }
        form.realName = host.realName;
        form.idNumber = host.idNumber;
        form.phone = host.phone;
        form.birthDate = Forms.text(host.birthDate);
        form.version = String.valueOf(host.version);
        return form;
    }
}
