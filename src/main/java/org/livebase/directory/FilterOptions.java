package org.livebase.directory;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.livebase.catalog.Category;
import org.livebase.catalog.Platform;
import org.livebase.city.City;
import org.livebase.city.District;
import org.livebase.directory.DirectoryFilter.Facet;
import org.livebase.recognition.RecognitionStatus;
import org.livebase.web.Choice;
import org.livebase.web.Sorting;

/** What a directory page's filter form offers: the choices of each filter the list has. */
public record FilterOptions(List<Choice> cities, List<Choice> districts, List<Category> categories,
        List<Platform> platforms, List<RecognitionStatus> statuses, List<String> sorts) {

    public static FilterOptions of(DirectoryFilter filter, Set<Facet> facets, Sorting sorting) {
        List<Choice> districts = filter.city() == null ? List.of() : District.choices(filter.city());
        List<String> sorts = new ArrayList<>();
        sorting.keys().forEach(sorts::add);
        return new FilterOptions(City.choices(), districts,
                facets.contains(Facet.CATEGORY) ? List.of(Category.values()) : List.of(),
                facets.contains(Facet.PLATFORM) ? List.of(Platform.values()) : List.of(),
                facets.contains(Facet.STATUS) ? List.of(RecognitionStatus.values()) : List.of(), sorts);
    }
}
