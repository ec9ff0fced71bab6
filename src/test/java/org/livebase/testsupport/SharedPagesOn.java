package org.livebase.testsupport;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/** The store of public answers on, as in production (the other tests run without it; see application.properties). */
public class SharedPagesOn implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("livebase.shared-pages.enabled", "true");
    }
}
