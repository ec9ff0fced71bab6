package org.livebase.demo;

import static org.livebase.city.Metric.HOSTS;
import static org.livebase.city.Metric.ITEMS_SOLD;
import static org.livebase.city.Metric.LEADING_COMPANIES;
import static org.livebase.city.Metric.LEADING_PLATFORMS;
import static org.livebase.city.Metric.LIVE_SESSIONS;
import static org.livebase.city.Metric.NEW_STREAMERS;
import static org.livebase.city.Metric.SALES;
import static org.livebase.city.Metric.SCENARIOS;
import static org.livebase.city.Metric.SERVICE_PROVIDERS;
import static org.livebase.city.Metric.WELL_KNOWN_HOSTS;
import static org.livebase.city.Unit.BILLION_YUAN;
import static org.livebase.city.Unit.COMPANIES;
import static org.livebase.city.Unit.ITEMS;
import static org.livebase.city.Unit.PEOPLE;
import static org.livebase.city.Unit.PLATFORMS;
import static org.livebase.city.Unit.SESSIONS;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.livebase.city.City;
import org.livebase.city.CityFigure;
import org.livebase.city.CityTarget;
import org.livebase.city.District;
import org.livebase.city.Metric;
import org.livebase.city.Unit;
import org.livebase.demo.DemoSet.Point;
import org.livebase.estate.Estate;

/**
 * The real part of the demo: the seven cities, their districts, and the targets and figures the source articles in
 * {@code shared/seeds} report, each with the text it comes from; then the estates and clusters (the Shanghai and
 * Xuzhou ones are named in those articles, the rest are invented).
 */
final class DemoPlaces {

    /**
     * A city, with the region code its organisations' credit codes and residents' ID numbers start with, and the
     * prefix of its recognition certificate numbers.
     */
    record CityRow(String code, String nameZh, String nameEn, String provinceZh, String provinceEn, String region,
            String certificatePrefix, double latitude, double longitude) {
    }

    /** A district, with a main road for addresses and the spot its live commerce is placed around. */
    record DistrictRow(String city, String code, String nameZh, String nameEn, String road, Point hub) {
    }

    record TargetRow(String city, Metric metric, String value, Unit unit, int year, String source) {
    }

    record FigureRow(String city, Metric metric, String value, Unit unit, String from, String to, String source) {
    }

    record EstateRow(String key, String city, String district, String name, String nameEn, String description) {
    }

    static final List<CityRow> CITIES = List.of(
            new CityRow("shenzhen", "深圳市", "Shenzhen", "广东省", "Guangdong", "440300", "SZ", 22.5431, 114.0579),
            new CityRow("shanghai", "上海市", "Shanghai", "上海市", "Shanghai", "310000", "SH", 31.2304, 121.4737),
            new CityRow("hangzhou", "杭州市", "Hangzhou", "浙江省", "Zhejiang", "330100", "HZ", 30.2741, 120.1551),
            new CityRow("guangzhou", "广州市", "Guangzhou", "广东省", "Guangdong", "440100", "GZ", 23.1291, 113.2644),
            new CityRow("beijing", "北京市", "Beijing", "北京市", "Beijing", "110000", "BJ", 39.9042, 116.4074),
            new CityRow("suzhou", "苏州市", "Suzhou", "江苏省", "Jiangsu", "320500", "SUZ", 31.2989, 120.5853),
            new CityRow("xuzhou", "徐州市", "Xuzhou", "江苏省", "Jiangsu", "320300", "XZ", 34.2044, 117.2857));

    static final List<DistrictRow> DISTRICTS = List.of(
            new DistrictRow("shenzhen", "nanshan", "南山区", "Nanshan District", "深南大道", new Point(22.5333, 113.9304)),
            new DistrictRow("shenzhen", "futian", "福田区", "Futian District", "华强北路", new Point(22.5435, 114.0850)),
            new DistrictRow("shenzhen", "longgang", "龙岗区", "Longgang District", "龙岗大道", new Point(22.7210, 114.2470)),
            new DistrictRow("shenzhen", "baoan", "宝安区", "Bao'an District", "宝安大道", new Point(22.5553, 113.8830)),
            new DistrictRow("shanghai", "changning", "长宁区", "Changning District", "天山路", new Point(31.2135, 121.4010)),
            new DistrictRow("shanghai", "yangpu", "杨浦区", "Yangpu District", "国定路", new Point(31.3020, 121.5130)),
            new DistrictRow("shanghai", "songjiang", "松江区", "Songjiang District", "荣乐东路", new Point(31.0322, 121.2277)),
            // Minhang's live commerce is placed at the Hongqiao CBD, at its northern edge.
            new DistrictRow("shanghai", "minhang", "闵行区", "Minhang District", "申长路", new Point(31.1950, 121.3210)),
            new DistrictRow("hangzhou", "yuhang", "余杭区", "Yuhang District", "文一西路", new Point(30.2736, 119.9786)),
            new DistrictRow("hangzhou", "binjiang", "滨江区", "Binjiang District", "江南大道", new Point(30.2084, 120.2117)),
            new DistrictRow("hangzhou", "xiaoshan", "萧山区", "Xiaoshan District", "市心北路", new Point(30.1853, 120.2645)),
            new DistrictRow("guangzhou", "baiyun", "白云区", "Baiyun District", "白云大道", new Point(23.1575, 113.2730)),
            new DistrictRow("guangzhou", "panyu", "番禺区", "Panyu District", "番禺大道", new Point(22.9375, 113.3840)),
            new DistrictRow("guangzhou", "tianhe", "天河区", "Tianhe District", "天河路", new Point(23.1247, 113.3612)),
            new DistrictRow("beijing", "chaoyang", "朝阳区", "Chaoyang District", "建国路", new Point(39.9087, 116.4605)),
            new DistrictRow("beijing", "haidian", "海淀区", "Haidian District", "中关村大街", new Point(39.9593, 116.2980)),
            new DistrictRow("suzhou", "changshu", "常熟市", "Changshu", "海虞北路", new Point(31.6537, 120.7522)),
            new DistrictRow("suzhou", "wuzhong", "吴中区", "Wuzhong District", "东吴北路", new Point(31.2631, 120.6319)),
            new DistrictRow("suzhou", "gusu", "姑苏区", "Gusu District", "人民路", new Point(31.3119, 120.6175)),
            new DistrictRow("xuzhou", "yunlong", "云龙区", "Yunlong District", "和平大道", new Point(34.2540, 117.2519)),
            new DistrictRow("xuzhou", "peixian", "沛县", "Pei County", "汉城路", new Point(34.7216, 116.9372)),
            new DistrictRow("xuzhou", "gulou", "鼓楼区", "Gulou District", "中山北路", new Point(34.2886, 117.1855)),
            // Yunlong Lake lies in Quanshan District, not in Yunlong District.
            new DistrictRow("xuzhou", "quanshan", "泉山区", "Quanshan District", "湖东路", new Point(34.2390, 117.1820)));

    private static final String SZ_PLAN = "South China Morning Post, 2023-01 (Shenzhen action plan)";
    private static final String SZ_DAILY = "Shenzhen Economic Daily, via South China Morning Post 2023-01";
    private static final String HZ_SCMP = "South China Morning Post, 2023-01 (government data, first 10 months of 2021)";
    private static final String SH_PLAN = "shanghai.gov.cn, 2024-09-02 three-year action plan (2024–2026)";
    private static final String XZ_DAILY = "中国徐州网-徐州日报 2023-08-25";

    static final List<TargetRow> TARGETS = List.of(
            new TargetRow("shenzhen", SALES, "300", BILLION_YUAN, 2025, SZ_PLAN),
            new TargetRow("shenzhen", LEADING_COMPANIES, "100", COMPANIES, 2025, SZ_PLAN),
            new TargetRow("shenzhen", Metric.ESTATES, "50", Unit.ESTATES, 2025, SZ_PLAN),
            new TargetRow("shenzhen", WELL_KNOWN_HOSTS, "50", PEOPLE, 2025, SZ_PLAN),
            new TargetRow("shenzhen", NEW_STREAMERS, "3000", PEOPLE, 2025, SZ_PLAN),
            new TargetRow("shenzhen", SERVICE_PROVIDERS, "10000", PEOPLE, 2025, SZ_PLAN),
            new TargetRow("shanghai", SALES, "600", BILLION_YUAN, 2026, SH_PLAN),
            new TargetRow("shanghai", LEADING_PLATFORMS, "10", PLATFORMS, 2026, SH_PLAN),
            new TargetRow("shanghai", SCENARIOS, "100", Unit.SCENARIOS, 2026, SH_PLAN));

    static final List<FigureRow> FIGURES = List.of(
            new FigureRow("shenzhen", HOSTS, "9260", PEOPLE, "2022-01-01", "2022-11-30", SZ_DAILY),
            new FigureRow("shenzhen", SALES, "152", BILLION_YUAN, "2022-01-01", "2022-11-30", SZ_DAILY),
            new FigureRow("hangzhou", HOSTS, "69000", PEOPLE, "2021-01-01", "2021-10-31", HZ_SCMP),
            new FigureRow("hangzhou", SALES, "503", BILLION_YUAN, "2021-01-01", "2021-10-31", HZ_SCMP),
            new FigureRow("shanghai", SALES, "437.1", BILLION_YUAN, "2023-01-01", "2023-12-31", SH_PLAN),
            new FigureRow("xuzhou", LIVE_SESSIONS, "215000", SESSIONS, "2023-01-01", "2023-07-31", XZ_DAILY),
            new FigureRow("xuzhou", ITEMS_SOLD, "60000000", ITEMS, "2023-01-01", "2023-07-31", XZ_DAILY),
            new FigureRow("xuzhou", SALES, "5.26", BILLION_YUAN, "2023-06-01", "2023-06-18", XZ_DAILY + " (618 festival)"));

    private static final String SH_CLUSTER = "上海市直播电商三年行动计划（2024—2026年）提出打造的特色直播电商集聚区之一。";

    static final List<EstateRow> ESTATES = List.of(
            new EstateRow("sh-changning", "shanghai", "changning", "长宁直播电商集聚区", "Changning Live-Streaming Cluster",
                    SH_CLUSTER),
            new EstateRow("sh-yangpu", "shanghai", "yangpu", "杨浦直播电商集聚区", "Yangpu Live-Streaming Cluster", SH_CLUSTER),
            new EstateRow("sh-songjiang", "shanghai", "songjiang", "松江直播电商集聚区", "Songjiang Live-Streaming Cluster",
                    SH_CLUSTER),
            new EstateRow("sh-hongqiao", "shanghai", "minhang", "虹桥国际中央商务区直播电商集聚区",
                    "Hongqiao CBD (International) Live-Streaming Cluster", SH_CLUSTER),
            new EstateRow("xz-yunlong-lake", "xuzhou", "quanshan", "云龙湖直播电商集聚区", "Yunlong Lake Live-Commerce Cluster",
                    "2023江苏电商直播节于2023年8月22日在云龙湖畔启动。"),
            new EstateRow("xz-pei-park", "xuzhou", "peixian", "沛县电子商务产业园", "Pei County E-commerce Park", null),
            new EstateRow("xz-yunlong-park", "xuzhou", "yunlong", "云龙数字经济产业园", "Yunlong Digital Economy Park", null),
            new EstateRow("sz-nanshan", "shenzhen", "nanshan", "南山直播电商产业园", "Nanshan Live-Commerce Park", null),
            new EstateRow("sz-longgang", "shenzhen", "longgang", "龙岗直播电商产业园", "Longgang Live-Commerce Park", null),
            new EstateRow("hz-yuhang", "hangzhou", "yuhang", "余杭直播电商产业园", "Yuhang Live-Commerce Park", null),
            new EstateRow("hz-binjiang", "hangzhou", "binjiang", "滨江数字直播产业园", "Binjiang Digital Live-Streaming Park", null),
            new EstateRow("hz-xiaoshan", "hangzhou", "xiaoshan", "萧山直播电商集聚区", "Xiaoshan Live-Commerce Cluster", null),
            new EstateRow("gz-baiyun", "guangzhou", "baiyun", "白云直播电商产业园", "Baiyun Live-Commerce Park", null),
            new EstateRow("gz-panyu", "guangzhou", "panyu", "番禺直播电商集聚区", "Panyu Live-Commerce Cluster", null),
            new EstateRow("bj-chaoyang", "beijing", "chaoyang", "朝阳直播电商集聚区", "Chaoyang Live-Commerce Cluster", null),
            new EstateRow("su-changshu", "suzhou", "changshu", "常熟服装直播电商产业园", "Changshu Apparel Live-Commerce Park",
                    null));

    private DemoPlaces() {
    }

    static CityRow cityRow(String code) {
        return CITIES.stream().filter(c -> c.code().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no demo city " + code));
    }

    static void store(DemoSet set) {
        CITIES.forEach(row -> set.add(city(row)));
        DISTRICTS.forEach(row -> set.add(row, district(set.city(row.city()), row)));
        TARGETS.forEach(row -> target(set.city(row.city()), row).persist());
        FIGURES.forEach(row -> figure(set.city(row.city()), row).persist());
        ESTATES.forEach(row -> set.add(row.key(), estate(set, row)));
    }

    private static City city(CityRow row) {
        City city = new City();
        city.code = row.code();
        city.nameZh = row.nameZh();
        city.nameEn = row.nameEn();
        city.provinceZh = row.provinceZh();
        city.provinceEn = row.provinceEn();
        city.latitude = row.latitude();
        city.longitude = row.longitude();
        return city;
    }

    private static District district(City city, DistrictRow row) {
        District district = new District();
        district.city = city;
        district.code = row.code();
        district.nameZh = row.nameZh();
        district.nameEn = row.nameEn();
        return district;
    }

    private static CityTarget target(City city, TargetRow row) {
        CityTarget target = new CityTarget();
        target.city = city;
        target.metric = row.metric();
        target.value = new BigDecimal(row.value());
        target.unit = row.unit();
        target.year = row.year();
        target.source = row.source();
        return target;
    }

    private static CityFigure figure(City city, FigureRow row) {
        CityFigure figure = new CityFigure();
        figure.city = city;
        figure.metric = row.metric();
        figure.value = new BigDecimal(row.value());
        figure.unit = row.unit();
        figure.periodStart = LocalDate.parse(row.from());
        figure.periodEnd = LocalDate.parse(row.to());
        figure.source = row.source();
        return figure;
    }

    private static Estate estate(DemoSet set, EstateRow row) {
        Estate estate = new Estate();
        estate.city = set.city(row.city());
        estate.district = set.district(row.city(), row.district());
        estate.name = row.name();
        estate.nameEn = row.nameEn();
        estate.address = set.streetAddress(estate.district);
        Point spot = set.nearDistrict(estate.district, 2.0);
        estate.latitude = spot.latitude();
        estate.longitude = spot.longitude();
        estate.openedYear = 2019 + set.random.nextInt(6);
        estate.description = row.description();
        return estate;
    }
}
