package org.livebase.host;

import java.time.LocalDate;

/**
 * A host's personal data (PIPL), for the host's agency and the officers of the host's city only: answered by
 * {@code GET /api/v1/hosts/{id}/personal}, never part of a public record.
 */
public record HostPersonal(long id, String stageName, String realName, String idNumber, String phone,
        LocalDate birthDate) {

    public static HostPersonal from(Host host) {
        return new HostPersonal(host.id, host.stageName, host.realName, host.idNumber, host.phone, host.birthDate);
    }
}
