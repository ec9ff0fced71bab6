package org.livebase.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.livebase.agency.Agency;
import org.livebase.agency.AgencyDetail;
import org.livebase.base.Base;
import org.livebase.base.BaseDetail;
import org.livebase.catalog.BaseService;
import org.livebase.catalog.Category;
import org.livebase.catalog.Platform;
import org.livebase.city.City;
import org.livebase.city.District;
import org.livebase.estate.Estate;
import org.livebase.estate.EstateDetail;
import org.livebase.host.Host;
import org.livebase.host.HostDetail;
import org.livebase.host.SkillCertificate;
import org.livebase.recognition.RecognitionStatus;
import org.livebase.testsupport.Fixtures;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Profiles are read as plain values for the pages and the API, and made from the changed entity for the answer to a
 * write: both ways must give the same profile, every field and list of it filled.
 */
@QuarkusTest
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ProfileValuesTest {

    private final City city = Fixtures.city();
    private final District district = Fixtures.district(city);
    private final Estate estate = Fixtures.estate(city, e -> {
        e.district = district;
        e.address = "测试路1号";
        e.latitude = 34.26;
        e.longitude = 117.18;
        e.openedYear = 2019;
        e.description = "园区介绍";
    });
    private final Agency agency = Fixtures.agency(city, a -> {
        a.district = district;
        a.nameEn = "Test agency";
        a.foundedYear = 2018;
        a.description = "机构介绍";
        a.categories.addAll(List.of(Category.FOOD, Category.APPAREL));
        a.platforms.addAll(List.of(Platform.KUAISHOU, Platform.DOUYIN));
    });

    @Test
    void a_base_profile_read_as_values_is_the_one_made_from_the_entity() {
        Base base = base("二号基地");
        Fixtures.recognition(city, RecognitionStatus.ACTIVE, r -> r.subject(base));
        Fixtures.recognition(city, RecognitionStatus.EXPIRED, r -> r.subject(base));

        BaseDetail read = QuarkusTransaction.requiringNew().call(() -> BaseDetail.of(base.id));

        assertEquals(QuarkusTransaction.requiringNew().call(() -> BaseDetail.of(Base.<Base> findById(base.id))), read);
        assertEquals(2, read.recognitions().size());
        assertEquals(List.of(BaseService.STUDIOS, BaseService.SUPPLY_CHAIN), read.services());
        assertEquals(estate.id, read.estate().id());
        assertEquals(district.code, read.district().code());
    }

    @Test
    void an_agency_profile_read_as_values_is_the_one_made_from_the_entity() {
        base("二号基地");
        base("一号基地");
        Fixtures.recognition(city, RecognitionStatus.ACTIVE, r -> r.subject(agency));

        AgencyDetail read = QuarkusTransaction.requiringNew().call(() -> AgencyDetail.of(agency.id));

        assertEquals(QuarkusTransaction.requiringNew().call(() -> AgencyDetail.of(Agency.<Agency> findById(agency.id))),
                read);
        assertEquals(List.of("一号", "二号"), read.bases().stream().map(b -> b.name().substring(0, 2)).toList());
        assertEquals(List.of(Platform.DOUYIN, Platform.KUAISHOU), read.platforms());
        assertEquals(1, read.recognitions().size());
    }

    @Test
    void a_host_profile_read_as_values_is_the_one_made_from_the_entity() {
        Host host = Fixtures.host(city, h -> {
            h.district = district;
            h.agency = agency;
            h.bio = "主播简介";
            h.categories.addAll(List.of(Category.COSMETICS, Category.FOOD));
            h.addAccount(Fixtures.account(Platform.KUAISHOU, 1_200));
            h.addAccount(Fixtures.account(Platform.DOUYIN, 56_000));
            h.addAccount(Fixtures.account(Platform.DOUYIN, 300));
            h.addCertificate(Fixtures.certificate(SkillCertificate.E_COMMERCE_SPECIALIST, LocalDate.of(2023, 5, 1)));
            h.addCertificate(Fixtures.certificate(SkillCertificate.INTERNET_MARKETER, LocalDate.of(2021, 9, 1)));
        });

        HostDetail read = QuarkusTransaction.requiringNew().call(() -> HostDetail.of(host.id));

        assertEquals(QuarkusTransaction.requiringNew().call(() -> HostDetail.from(Host.<Host> findById(host.id))), read);
        assertEquals(List.of(56_000L, 1_200L, 300L), read.accounts().stream().map(HostDetail.Account::followers).toList());
        assertEquals(57_500, read.followers());
        assertEquals(LocalDate.of(2021, 9, 1), read.certificates().get(0).issuedOn());
        assertEquals(agency.id, read.agency().id());
    }

    @Test
    void an_estate_profile_lists_its_bases_by_name_with_their_recognitions() {
        Base second = base("二号基地");
        Base first = base("一号基地");
        Fixtures.recognition(city, RecognitionStatus.ACTIVE, r -> r.subject(second));
        Fixtures.recognition(city, RecognitionStatus.ACTIVE, r -> r.subject(estate));

        EstateDetail read = QuarkusTransaction.requiringNew().call(() -> EstateDetail.of(estate.id));

        assertEquals(List.of(first.id, second.id), read.bases().stream().map(EstateDetail.Member::id).toList());
        assertEquals(List.of(0, 1), read.bases().stream().map(m -> m.recognitions().size()).toList());
        assertEquals(2000, read.bases().get(0).floorArea());
        assertEquals(1, read.recognitions().size());
        assertEquals(34.26, read.latitude());
        assertEquals(2019, read.openedYear());
        assertEquals(district.code, read.district().code());
    }

    /** A base of the estate, operated by the agency's organisation, with everything a profile shows filled in. */
    private Base base(String name) {
        return Fixtures.base(city, b -> {
            b.name = name + Fixtures.unique("b");
            b.nameEn = "Test base";
            b.district = district;
            b.estate = estate;
            b.operator = agency.organisation;
            b.address = "测试路2号";
            b.latitude = 34.2;
            b.longitude = 117.2;
            b.openedYear = 2020;
            b.description = "基地介绍";
            b.categories.add(Category.APPAREL);
            b.services.addAll(List.of(BaseService.SUPPLY_CHAIN, BaseService.STUDIOS));
        });
    }
}
