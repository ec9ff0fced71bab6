package org.livebase.host;

import java.util.List;

import io.quarkus.qute.TemplateExtension;

/** What the roster's form calls as {@code host:…}: the certificate kinds a host may hold. */
@TemplateExtension(namespace = "host")
public class HostTemplateExtensions {

    static List<SkillCertificate> certificates() {
        return List.of(SkillCertificate.values());
    }
}
