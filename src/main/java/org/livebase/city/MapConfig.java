package org.livebase.city;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Where the city maps fetch their tiles. A site that cannot reach OpenStreetMap's servers, or must not send them its
 * visitors (for example in mainland China), points {@code livebase.map.tile-url} at another tile server.
 */
@ConfigMapping(prefix = "livebase.map")
public interface MapConfig {

    /** A Leaflet tile URL template with {@code {z}}, {@code {x}}, {@code {y}} (and optionally {@code {s}}). */
    @WithDefault("https://tile.openstreetmap.org/{z}/{x}/{y}.png")
    String tileUrl();

    /** The attribution the tile server's licence asks for, as HTML: it comes from configuration, never from users. */
    @WithDefault("&copy; <a href=\"https://www.openstreetmap.org/copyright\">OpenStreetMap</a> contributors")
    String attribution();
}
