package org.livebase.agency;

import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.livebase.city.City;
import org.livebase.testsupport.Fixtures;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class OneAgencyPerOrganisationTest {

    @Test
    void the_database_refuses_a_second_agency_profile_for_one_organisation() {
        City city = Fixtures.city();
        Agency first = Fixtures.agency(city, a -> {
        });

        assertThrows(RuntimeException.class, () -> Fixtures.agency(city, a -> a.organisation = first.organisation));
    }
}
