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

        Place withStatus(RecognitionStatus status) {
            return new Place(kind, id, name, nameEn, latitude, longitude, status, url);
        }
    }

    /** Estates or bases of the city that have coordinates, by name. */
    private static final String PLACED = "city = ?1 and latitude is not null and longitude is not null order by name, id";

    public static CityMap of(City city, MapConfig config) {
        List<Estate> estates = Estate.list(PLACED, city);
        List<Base> bases = Base.list(PLACED, city);
        List<Place> places = new ArrayList<>();
        places.addAll(withStatus(SubjectKind.ESTATE, estates.stream().map(e -> new Place("estate", e.id, e.name,
                e.nameEn, e.latitude, e.longitude, null, "/estates/" + e.id)).toList()));
        places.addAll(withStatus(SubjectKind.BASE, bases.stream().map(b -> new Place("base", b.id, b.name, b.nameEn,
                b.latitude, b.longitude, null, "/bases/" + b.id)).toList()));
        return new CityMap(config.tileUrl(), config.attribution(), city.latitude, city.longitude, List.copyOf(places));
    }

    /** The places of one kind, each with the status of its latest recognition, fetched for all of them in one query. */
    private static List<Place> withStatus(SubjectKind kind, List<Place> places) {
        Map<Long, List<RecognitionBadge>> badges = Recognition.badges(kind, places.stream().map(Place::id).toList());
        return places.stream().map(p -> p.withStatus(latest(badges.get(p.id())))).toList();
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
