package org.livebase.demo;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.livebase.agency.Agency;
import org.livebase.catalog.Category;
import org.livebase.catalog.Platform;
import org.livebase.city.City;
import org.livebase.host.Host;
import org.livebase.host.HostAccount;
import org.livebase.host.HostCertificate;
import org.livebase.host.IdNumber;
import org.livebase.host.SkillCertificate;

/**
 * The hosts, all invented, drawn from the seeded random: most of them in an invented agency of their city, 1–3 platform
 * accounts with followers skewed so that a few have millions, and some skill certificates. Their personal data is
 * plainly fake (王某甲-style names, 1990000xxxx phones) yet well-formed, so the forms that validate it accept it.
 */
final class DemoHosts {

    /** How many hosts a city gets: skewed to Hangzhou and Shanghai, as live commerce is. */
    private record Quota(String city, int hosts) {
    }

    /** What a category lends a stage name: a theme word (美妆) and a corner (梳妆台). */
    private record Theme(String word, String corner) {
    }

    private static final List<Quota> QUOTAS = List.of(new Quota("hangzhou", 62), new Quota("shanghai", 52),
            new Quota("guangzhou", 30), new Quota("shenzhen", 24), new Quota("xuzhou", 18), new Quota("beijing", 14),
            new Quota("suzhou", 12));

    /** Share of hosts in an agency, in percent; the rest are independent. */
    private static final int IN_AGENCY_PERCENT = 85;

    static final List<String> SURNAMES = List.of("王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马",
            "朱", "胡", "郭", "何", "林", "高", "罗");

    private static final List<String> NICKNAMES = List.of("小鹿", "阿强", "燕子", "糖糖", "大鹏", "果果", "安安", "小七", "木子",
            "乐乐", "阿杰", "甜甜", "小雨", "豆豆", "阿珍", "晴天", "一一", "小满", "阿福", "朵朵", "老王", "老李", "小北", "南南", "可可",
            "米粒", "橙子", "西西", "小鱼", "阿明", "芒果", "笑笑", "静静", "大宝", "二丫", "三石");

    private static final String ORDINALS = "甲乙丙丁戊己庚辛壬癸";

    private static final List<String> HANDLE_SUFFIXES = List.of("", "直播间", "好物");

    private DemoHosts() {
    }

    static void store(DemoSet set) {
        Set<String> stageNames = new HashSet<>();
        int number = 0;
        for (Quota quota : QUOTAS) {
            City city = set.city(quota.city());
            List<Agency> agencies = set.rosterAgencies(city);
            String region = DemoPlaces.cityRow(city.code).region();
            for (int i = 0; i < quota.hosts(); i++) {
                number++;
                Agency agency = set.random.nextInt(100) < IN_AGENCY_PERCENT ? pick(set.random, agencies) : null;
                Host host = host(set, city, agency, stageNames);
                personalData(set.random, host, region, number);
                accounts(set.random, host, agency);
                certificates(set.random, host, region, number);
                host.persist();
                set.countHost();
            }
        }
    }

    private static Host host(DemoSet set, City city, Agency agency, Set<String> stageNames) {
        Host host = new Host();
        host.city = city;
        host.agency = agency;
        host.district = agency != null && agency.district != null ? agency.district : pick(set.random, set.districts(city));
        List<Category> offered = agency != null ? List.copyOf(agency.categories) : List.of(Category.values());
        host.categories = EnumSet.of(pick(set.random, offered));
        if (set.random.nextInt(3) == 0) {
            host.categories.add(pick(set.random, List.of(Category.values())));
        }
        Theme theme = theme(host.categories.iterator().next());
        String cityShort = city.nameZh.replaceFirst("市$", "");
        host.stageName = stageName(set.random, cityShort, theme, stageNames);
        host.bio = (agency == null ? "独立主播，" : "") + "专注" + theme.word() + "直播带货的" + cityShort + "主播。";
        return host;
    }

    /** A stage name such as 小鹿美妆, 杭州小鹿, 小鹿的梳妆台 or 爱美妆的小鹿, unique in the data set. */
    private static String stageName(Random random, String cityShort, Theme theme, Set<String> taken) {
        while (true) {
            String nick = pick(random, NICKNAMES);
            String name = switch (random.nextInt(4)) {
                case 0 -> nick + theme.word();
                case 1 -> cityShort + nick;
                case 2 -> nick + "的" + theme.corner();
                default -> "爱" + theme.word() + "的" + nick;
            };
            if (taken.add(name)) {
                return name;
            }
        }
    }

    private static Theme theme(Category category) {
        return switch (category) {
            case APPAREL -> new Theme("穿搭", "衣橱");
            case COSMETICS -> new Theme("美妆", "梳妆台");
            case JEWELLERY -> new Theme("珠宝", "首饰盒");
            case ELECTRONICS -> new Theme("数码", "实验室");
            case FOOD -> new Theme("美食", "厨房");
            case AGRICULTURE -> new Theme("助农", "果园");
            case HOME -> new Theme("家居", "小家");
            case MOTHER_BABY -> new Theme("母婴", "育儿经");
            case SPORTS -> new Theme("运动", "健身房");
            case BOOKS -> new Theme("读书", "书房");
            case TRAVEL -> new Theme("旅行", "旅行箱");
        };
    }

    private static void personalData(Random random, Host host, String region, int number) {
        host.realName = pick(random, SURNAMES) + "某" + ORDINALS.charAt(number % ORDINALS.length());
        host.birthDate = LocalDate.of(1985, 1, 1).plusDays(random.nextInt(19 * 365));
        host.idNumber = idNumber(region, host.birthDate, number % 1000);
        host.phone = String.format("1990000%04d", number);
    }

    /** An 18-character resident ID number: region, birth date, sequence and the GB 11643 check character. */
    static String idNumber(String region, LocalDate birthDate, int sequence) {
        return IdNumber.complete(
                region + birthDate.format(DateTimeFormatter.BASIC_ISO_DATE) + String.format("%03d", sequence));
    }

    /** 1–3 accounts, on the agency's platforms first; followers Pareto-distributed (median about 8,500, a few millions). */
    private static void accounts(Random random, Host host, Agency agency) {
        int roll = random.nextInt(100);
        int count = roll < 45 ? 1 : roll < 80 ? 2 : 3;
        Set<Platform> platforms = new LinkedHashSet<>();
        if (agency != null) {
            platforms.add(pick(random, List.copyOf(agency.platforms)));
        }
        while (platforms.size() < count) {
            platforms.add(pick(random, List.of(Platform.values())));
        }
        int i = 0;
        for (Platform platform : platforms) {
            HostAccount account = new HostAccount();
            account.platform = platform;
            account.handle = host.stageName + HANDLE_SUFFIXES.get(i++);
            double followers = Math.min(12_000_000, 3_000 / Math.pow(1 - random.nextDouble(), 1.5));
            account.followers = Math.round(followers / 10) * 10;
            host.addAccount(account);
        }
    }

    /** About a third of hosts hold a skill certificate, some of them two. */
    private static void certificates(Random random, Host host, String region, int number) {
        if (random.nextInt(100) >= 35) {
            return;
        }
        List<SkillCertificate> kinds = new ArrayList<>(List.of(SkillCertificate.values()));
        int count = random.nextInt(100) < 30 ? 2 : 1;
        for (int i = 0; i < count; i++) {
            SkillCertificate kind = kinds.remove(random.nextInt(kinds.size()));
            HostCertificate certificate = new HostCertificate();
            certificate.kind = kind;
            certificate.issuedOn = LocalDate.of(2020, 1, 1).plusDays(random.nextInt(5 * 365));
            certificate.number = String.format("%s-%s-%d-%05d", prefix(kind), region, certificate.issuedOn.getYear(),
                    number * 10 + i);
            host.addCertificate(certificate);
        }
    }

    private static String prefix(SkillCertificate kind) {
        return switch (kind) {
            case INTERNET_MARKETER -> "HLWYX";
            case E_COMMERCE_SPECIALIST -> "DZSWS";
            case LIVE_COMMERCE_SKILL -> "DSZB";
        };
    }

    private static <T> T pick(Random random, List<T> choices) {
        return choices.get(random.nextInt(choices.size()));
    }
}
