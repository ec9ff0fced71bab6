package org.livebase.testsupport;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import org.livebase.agency.Agency;
import org.livebase.base.Base;
import org.livebase.catalog.Platform;
import org.livebase.city.City;
import org.livebase.city.CityFigure;
import org.livebase.city.CityTarget;
import org.livebase.city.District;
import org.livebase.city.Metric;
import org.livebase.city.PlaceCounts;
import org.livebase.city.Unit;
import org.livebase.estate.Estate;
import org.livebase.host.Host;
import org.livebase.host.HostAccount;
import org.livebase.host.HostCounts;
import org.livebase.host.HostCertificate;
import org.livebase.host.SkillCertificate;
import org.livebase.organisation.CreditCode;
import org.livebase.organisation.Organisation;
import org.livebase.recognition.Recognition;
import org.livebase.recognition.RecognitionLevel;
import org.livebase.recognition.RecognitionStatus;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Builders for test data: each test makes its own records, with unique codes and names, in a transaction of their own.
 * A customiser sets what the test cares about before the record is stored.
 */
public final class Fixtures {

    private static final AtomicLong SEQUENCE = new AtomicLong(System.nanoTime() % 1_000_000);

    private Fixtures() {
    }

    /** A string unique in this test run, such as {@code city-1234}. */
    public static String unique(String prefix) {
        return prefix + "-" + SEQUENCE.incrementAndGet();
    }

    /**
     * Two characters that no other name in the tests holds, different at each call (from CJK Extension A, which names
     * rarely use): a search gram with a posting list of the test's own records.
     */
    public static String rareGram() {
        int n = Integer.parseInt(unique("").substring(1));
        return new String(new char[] { (char) (0x3400 + n / 6592 % 6592), (char) (0x3400 + n % 6592) });
    }

    public static City city(Consumer<City> customiser) {
        City city = new City();
        city.code = unique("city");
        city.nameZh = "测试市" + city.code;
        city.nameEn = "Testville " + city.code;
        city.provinceZh = "测试省";
        city.provinceEn = "Test Province";
        return store(city, customiser);
    }

    public static City city() {
        return city(c -> {
        });
    }

    public static District district(City city, Consumer<District> customiser) {
        District district = new District();
        district.city = city;
        district.code = unique("district");
        district.nameZh = "测试区" + district.code;
        district.nameEn = "Test District " + district.code;
        return store(district, customiser);
    }

    public static District district(City city) {
        return district(city, d -> {
        });
    }

    /** Shenzhen's headline target unless customised: 300 bn yuan of sales by 2025. */
    public static CityTarget target(City city, Consumer<CityTarget> customiser) {
        CityTarget target = new CityTarget();
        target.city = city;
        target.metric = Metric.SALES;
        target.value = new BigDecimal("300");
        target.unit = Unit.BILLION_YUAN;
        target.year = 2025;
        target.source = "测试计划" + unique("t");
        return store(target, customiser);
    }

    /** Shenzhen's reported sales unless customised: 152 bn yuan in January–November 2022. */
    public static CityFigure figure(City city, Consumer<CityFigure> customiser) {
        CityFigure figure = new CityFigure();
        figure.city = city;
        figure.metric = Metric.SALES;
        figure.value = new BigDecimal("152");
        figure.unit = Unit.BILLION_YUAN;
        figure.periodStart = LocalDate.of(2022, 1, 1);
        figure.periodEnd = LocalDate.of(2022, 11, 30);
        figure.source = "测试报道" + unique("f");
        return store(figure, customiser);
    }

    public static Estate estate(City city, Consumer<Estate> customiser) {
        Estate estate = new Estate();
        estate.city = city;
        estate.name = "测试园区" + unique("e");
        estate.nameEn = "Test estate";
        return counted(store(estate, customiser), PlaceCounts.ESTATES, estate.city, estate.district);
    }

    public static Organisation organisation(City city, Consumer<Organisation> customiser) {
        Organisation organisation = new Organisation();
        organisation.city = city;
        organisation.name = "测试公司" + unique("o");
        organisation.creditCode = creditCode();
        organisation.contactName = "联系人";
        organisation.contactPhone = "13800000000";
        return store(organisation, customiser);
    }

    public static Base base(City city, Consumer<Base> customiser) {
        Organisation operator = organisation(city, o -> {
        });
        Base base = new Base();
        base.city = city;
        base.operator = operator;
        base.name = "测试基地" + unique("b");
        base.floorArea = 2000;
        base.publicStudios = 12;
        return counted(store(base, customiser), PlaceCounts.BASES, base.city, base.district);
    }

    public static Agency agency(City city, Consumer<Agency> customiser) {
        Organisation organisation = organisation(city, o -> {
        });
        Agency agency = new Agency();
        agency.city = city;
        agency.organisation = organisation;
        agency.name = "测试机构" + unique("a");
        return counted(store(agency, customiser), PlaceCounts.AGENCIES, agency.city, agency.district);
    }

    /** A host with personal data filled in, so tests can check that it never shows. */
    public static Host host(City city, Consumer<Host> customiser) {
        Host host = new Host();
        host.city = city;
        host.stageName = "测试主播" + unique("h");
        host.realName = "真名" + unique("pii");
        host.idNumber = "11010119900307" + String.format("%04d", SEQUENCE.incrementAndGet() % 10_000);
        host.phone = "139" + String.format("%08d", SEQUENCE.incrementAndGet() % 100_000_000);
        host.birthDate = LocalDate.of(1990, 3, 7);
        store(host, customiser);
        // Stored directly, so counted here as HostService counts the hosts it adds.
        QuarkusTransaction.requiringNew().run(() -> {
            HostCounts.count(host, 1);
            HostCounts.followers(host);
        });
        return host;
    }

    /** An account for a host's customiser to add with {@code h.addAccount(…)}; stored with the host. */
    public static HostAccount account(Platform platform, long followers) {
        HostAccount account = new HostAccount();
        account.platform = platform;
        account.handle = unique("handle");
        account.followers = followers;
        return account;
    }

    /** A certificate for a host's customiser to add with {@code h.addCertificate(…)}; stored with the host. */
    public static HostCertificate certificate(SkillCertificate kind, LocalDate issuedOn) {
        HostCertificate certificate = new HostCertificate();
        certificate.kind = kind;
        certificate.number = unique("SKILL").toUpperCase();
        certificate.issuedOn = issuedOn;
        return certificate;
    }

    /** A recognition of a base, estate or agency: the customiser names the subject with {@code r.subject(…)}. */
    public static Recognition recognition(City city, RecognitionStatus status, Consumer<Recognition> customiser) {
        Recognition recognition = new Recognition();
        recognition.city = city;
        recognition.titleZh = "重点直播电商基地";
        recognition.titleEn = "Key live-streaming e-commerce base";
        recognition.certificateNumber = unique("CERT").toUpperCase();
        recognition.level = RecognitionLevel.CITY;
        recognition.status = status;
        recognition.validFrom = LocalDate.now().minusYears(1);
        recognition.validTo = status == RecognitionStatus.EXPIRED ? LocalDate.now().minusDays(1)
                : LocalDate.now().plusYears(1);
        return store(recognition, customiser);
    }

    public static String creditCode() {
        String digits = String.format("%016d", SEQUENCE.incrementAndGet());
        return CreditCode.complete("9" + digits);
    }

    /** Stored directly, so counted here as the services count the records they add. */
    private static <T> T counted(T record, PlaceCounts kind, City city, District district) {
        QuarkusTransaction.requiringNew().run(() -> kind.count(city, district, 1));
        return record;
    }

    private static <T extends io.quarkus.hibernate.orm.panache.PanacheEntityBase> T store(T entity,
            Consumer<T> customiser) {
        customiser.accept(entity);
        QuarkusTransaction.requiringNew().run(entity::persist);
        return entity;
    }
}
