package org.livebase.city;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.livebase.base.Base;
import org.livebase.estate.Estate;
import org.livebase.recognition.Recognition;
import org.livebase.recognition.RecognitionBadge;
import org.livebase.recognition.RecognitionStatus;
import org.livebase.recognition.SubjectKind;

import io.quarkus.qute.RawString;

/**
 * A city's estates and bases that have coordinates, as {@code js/map.js} draws them: the tile server, the city's centre
 * and one place per marker, coloured by the status of the place's latest recognition (none when it has none).
 */
public record CityMap(String tileUrl, String attribution, Double latitude, Double longitude, List<Place> places) {

    /** An estate or base on the map, with the profile its popup links to. */
    public record Place(String kind, long id, String name, String nameEn, double latitude, double longitude,
            RecognitionStatus status, String url) {
    }

    public static CityMap of(City city, MapConfig config) {
        List<Place> places = new ArrayList<>();
        List<Estate> estates = Estate.list("city = ?1 and latitude is not null and longitude is not null order by name",
                city);
        Map<Long, List<RecognitionBadge>> estateBadges = Recognition.badges(SubjectKind.ESTATE,
                estates.stream().map(e -> e.id).toList());
        estates.forEach(e -> places.add(new Place("estate", e.id, e.name, e.nameEn, e.latitude, e.longitude,
                latest(estateBadges.get(e.id)), "/estates/" + e.id)));
        List<Base> bases = Base.list("city = ?1 and latitude is not null and longitude is not null order by name",
                city);
        Map<Long, List<RecognitionBadge>> baseBadges = Recognition.badges(SubjectKind.BASE,
                bases.stream().map(b -> b.id).toList());
        bases.forEach(b -> places.add(new Place("base", b.id, b.name, b.nameEn, b.latitude, b.longitude,
                latest(baseBadges.get(b.id)), "/bases/" + b.id)));
        return new CityMap(config.tileUrl(), config.attribution(), city.latitude, city.longitude, List.copyOf(places));
    }

    /** The status of the newest recognition; badges come newest first. */
    private static RecognitionStatus latest(List<RecognitionBadge> badges) {
        return badges == null || badges.isEmpty() ? null : badges.get(0).status();
    }

    /** The map as the body of its JSON script block. */
    public RawString json() {
        return ScriptJson.of(this);
    }
}
