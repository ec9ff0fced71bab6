package org.livebase.city;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.livebase.web.Language;
import org.livebase.web.Messages;

/** Every metric and unit a city's figures can have is labelled in both languages. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class CityLabelsTest {

    @Test
    void every_metric_and_unit_has_a_label_in_both_languages() {
        List<String> keys = Stream.concat(
                Stream.of(Metric.values()).map(m -> "city.metric." + m.name()),
                Stream.of(Unit.values()).map(u -> "city.unit." + u.name())).toList();
        for (Locale locale : List.of(Language.CHINESE, Language.ENGLISH)) {
            assertEquals(List.of(), keys.stream().filter(k -> Messages.get(locale, k).startsWith("??")).toList(),
                    "missing in " + locale);
        }
    }
}
