package org.livebase.demo;

import static org.livebase.catalog.BaseService.POST_PRODUCTION;
import static org.livebase.catalog.BaseService.PRODUCT_DISPLAY;
import static org.livebase.catalog.BaseService.SET_DESIGN;
import static org.livebase.catalog.BaseService.STUDIOS;
import static org.livebase.catalog.BaseService.SUPPLY_CHAIN;
import static org.livebase.catalog.BaseService.TRAINING;
import static org.livebase.catalog.Category.AGRICULTURE;
import static org.livebase.catalog.Category.APPAREL;
import static org.livebase.catalog.Category.BOOKS;
import static org.livebase.catalog.Category.COSMETICS;
import static org.livebase.catalog.Category.ELECTRONICS;
import static org.livebase.catalog.Category.FOOD;
import static org.livebase.catalog.Category.HOME;
import static org.livebase.catalog.Category.JEWELLERY;
import static org.livebase.catalog.Category.MOTHER_BABY;
import static org.livebase.catalog.Category.SPORTS;
import static org.livebase.catalog.Category.TRAVEL;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import org.livebase.base.Base;
import org.livebase.catalog.BaseService;
import org.livebase.catalog.Category;
import org.livebase.demo.DemoSet.Point;
import org.livebase.recognition.SubjectKind;

/**
 * The bases. 沛县电子商务公共服务中心 is the one the Xuzhou article names; the others are invented, most of them in an
 * estate. Floor area, studios, opening year, address and position are drawn from the seeded random.
 */
final class DemoBases {

    /** A base; {@code estate} is null for one outside any estate; {@code operator} names its company. */
    record BaseRow(String key, String city, String district, String estate, String name, String nameEn, String operator,
            List<Category> categories, List<BaseService> services) {
    }

    static final List<BaseRow> BASES = List.of(
            // Xuzhou
            new BaseRow("xz-pei-centre", "xuzhou", "peixian", "xz-pei-park", "沛县电子商务公共服务中心",
                    "Pei County E-commerce Public Service Centre", "沛县电子商务公共服务中心", List.of(AGRICULTURE, FOOD),
                    List.of(STUDIOS, TRAINING, SUPPLY_CHAIN, PRODUCT_DISPLAY)),
            new BaseRow("xz-pei-farm", "xuzhou", "peixian", "xz-pei-park", "沛县特色农产品直播基地", "Pei County Farm Produce Live Base",
                    "沛县丰收电子商务有限公司", List.of(AGRICULTURE, FOOD), List.of(STUDIOS, SUPPLY_CHAIN)),
            new BaseRow("xz-yunlong-lake", "xuzhou", "quanshan", "xz-yunlong-lake", "云龙湖直播电商基地",
                    "Yunlong Lake Live-Commerce Base", "徐州湖畔数字传媒有限公司", List.of(FOOD, TRAVEL, AGRICULTURE),
                    List.of(STUDIOS, SET_DESIGN, POST_PRODUCTION)),
            new BaseRow("xz-xingbo", "xuzhou", "yunlong", "xz-yunlong-park", "星播直播基地", "Xingbo Live Studios",
                    "云龙星播文化传媒有限公司", List.of(APPAREL, FOOD, HOME), List.of(STUDIOS, SET_DESIGN, TRAINING)),
            new BaseRow("xz-pengcheng", "xuzhou", "gulou", null, "彭城优品直播基地", "Pengcheng Select Live Base",
                    "徐州彭城优品供应链有限公司", List.of(FOOD, HOME), List.of(STUDIOS, SUPPLY_CHAIN, PRODUCT_DISPLAY)),
            new BaseRow("xz-quanshan", "xuzhou", "quanshan", null, "泉山数字经济直播基地", "Quanshan Digital Economy Live Base",
                    "徐州泉山数字产业发展有限公司", List.of(ELECTRONICS, HOME), List.of(STUDIOS, POST_PRODUCTION)),
            // Shanghai
            new BaseRow("sh-changning-fashion", "shanghai", "changning", "sh-changning", "长宁时尚直播基地",
                    "Changning Fashion Live Base", "上海长宁时尚数字科技有限公司", List.of(APPAREL, COSMETICS, JEWELLERY),
                    List.of(STUDIOS, SET_DESIGN, POST_PRODUCTION, PRODUCT_DISPLAY)),
            new BaseRow("sh-yuyuan", "shanghai", "changning", "sh-changning", "愚园路直播生活馆", "Yuyuan Road Live Lifestyle Hall",
                    "上海愚园数字文化有限公司", List.of(COSMETICS, HOME, BOOKS), List.of(STUDIOS, SET_DESIGN)),
            new BaseRow("sh-yangpu-innovation", "shanghai", "yangpu", "sh-yangpu", "杨浦创智直播基地",
                    "Yangpu Innovation Live Base", "上海创智直播科技有限公司", List.of(ELECTRONICS, BOOKS),
                    List.of(STUDIOS, POST_PRODUCTION, TRAINING)),
            new BaseRow("sh-wujiaochang", "shanghai", "yangpu", "sh-yangpu", "五角场直播电商中心", "Wujiaochang Live Commerce Centre",
                    "上海五角场数字商业有限公司", List.of(APPAREL, SPORTS, ELECTRONICS), List.of(STUDIOS, PRODUCT_DISPLAY)),
            new BaseRow("sh-yunjian", "shanghai", "songjiang", "sh-songjiang", "松江云间直播基地", "Songjiang Yunjian Live Base",
                    "上海云间直播电子商务有限公司", List.of(HOME, APPAREL, MOTHER_BABY), List.of(STUDIOS, SUPPLY_CHAIN)),
            new BaseRow("sh-g60", "shanghai", "songjiang", "sh-songjiang", "G60直播供应链基地", "G60 Live Supply-Chain Base",
                    "上海松江智造供应链管理有限公司", List.of(ELECTRONICS, HOME), List.of(STUDIOS, SUPPLY_CHAIN, PRODUCT_DISPLAY)),
            new BaseRow("sh-hongqiao-international", "shanghai", "minhang", "sh-hongqiao", "虹桥国际直播中心",
                    "Hongqiao International Live Centre", "上海虹桥国际直播产业发展有限公司", List.of(COSMETICS, FOOD, JEWELLERY),
                    List.of(STUDIOS, SET_DESIGN, POST_PRODUCTION, PRODUCT_DISPLAY, TRAINING)),
            new BaseRow("sh-hongqiao-imports", "shanghai", "minhang", "sh-hongqiao", "虹桥进口商品直播基地",
                    "Hongqiao Imported Goods Live Base", "上海虹桥进口商品展示交易有限公司", List.of(FOOD, MOTHER_BABY, COSMETICS),
                    List.of(STUDIOS, PRODUCT_DISPLAY, SUPPLY_CHAIN)),
            // Hangzhou
            new BaseRow("hz-future", "hangzhou", "yuhang", "hz-yuhang", "余杭未来直播基地", "Yuhang Future Live Base",
                    "杭州未来直播科技有限公司", List.of(APPAREL, COSMETICS),
                    List.of(STUDIOS, SET_DESIGN, POST_PRODUCTION, TRAINING)),
            new BaseRow("hz-liangzhu", "hangzhou", "yuhang", "hz-yuhang", "良渚好物直播基地", "Liangzhu Good Goods Live Base",
                    "杭州良渚好物电子商务有限公司", List.of(FOOD, HOME), List.of(STUDIOS, SUPPLY_CHAIN)),
            new BaseRow("hz-cangqian", "hangzhou", "yuhang", "hz-yuhang", "仓前服饰直播基地", "Cangqian Fashion Live Base",
                    "杭州仓前服饰供应链有限公司", List.of(APPAREL, JEWELLERY), List.of(STUDIOS, SUPPLY_CHAIN, PRODUCT_DISPLAY)),
            new BaseRow("hz-binjiang-digital", "hangzhou", "binjiang", "hz-binjiang", "滨江数字直播中心",
                    "Binjiang Digital Live Centre", "杭州滨江数字直播有限公司", List.of(ELECTRONICS, BOOKS),
                    List.of(STUDIOS, POST_PRODUCTION)),
            new BaseRow("hz-riverside", "hangzhou", "binjiang", "hz-binjiang", "钱塘江畔美妆直播基地",
                    "Qiantang Riverside Beauty Live Base", "杭州江畔美妆科技有限公司", List.of(COSMETICS),
                    List.of(STUDIOS, SET_DESIGN, PRODUCT_DISPLAY)),
            new BaseRow("hz-xiaoshan-home", "hangzhou", "xiaoshan", "hz-xiaoshan", "萧山家居直播基地", "Xiaoshan Home Live Base",
                    "杭州萧山家居直播产业有限公司", List.of(HOME, MOTHER_BABY), List.of(STUDIOS, PRODUCT_DISPLAY, SUPPLY_CHAIN)),
            new BaseRow("hz-xianghu", "hangzhou", "xiaoshan", "hz-xiaoshan", "湘湖农品直播基地", "Xianghu Farm Produce Live Base",
                    "杭州湘湖农业发展有限公司", List.of(AGRICULTURE, FOOD, TRAVEL), List.of(STUDIOS, TRAINING)),
            new BaseRow("hz-xiaoshan-crossborder", "hangzhou", "xiaoshan", null, "萧山跨境直播基地",
                    "Xiaoshan Cross-border Live Base", "杭州萧山跨境电子商务有限公司", List.of(APPAREL, SPORTS, ELECTRONICS),
                    List.of(STUDIOS, SUPPLY_CHAIN)),
            // Guangzhou
            new BaseRow("gz-baiyun-beauty", "guangzhou", "baiyun", "gz-baiyun", "白云美妆直播基地", "Baiyun Beauty Live Base",
                    "广州白云美妆产业有限公司", List.of(COSMETICS), List.of(STUDIOS, SUPPLY_CHAIN, PRODUCT_DISPLAY)),
            new BaseRow("gz-baiyun-leather", "guangzhou", "baiyun", "gz-baiyun", "白云皮具直播中心",
                    "Baiyun Leather Goods Live Centre", "广州白云皮具供应链有限公司", List.of(APPAREL, JEWELLERY),
                    List.of(STUDIOS, SUPPLY_CHAIN)),
            new BaseRow("gz-apparel", "guangzhou", "baiyun", "gz-baiyun", "广州服装直播供应链基地",
                    "Guangzhou Apparel Live Supply-Chain Base", "广州云裳服饰供应链有限公司", List.of(APPAREL),
                    List.of(STUDIOS, SUPPLY_CHAIN, SET_DESIGN)),
            new BaseRow("gz-panyu-jewellery", "guangzhou", "panyu", "gz-panyu", "番禺珠宝直播基地", "Panyu Jewellery Live Base",
                    "广州番禺珠宝直播有限公司", List.of(JEWELLERY), List.of(STUDIOS, PRODUCT_DISPLAY, TRAINING)),
            new BaseRow("gz-panyu-kids", "guangzhou", "panyu", "gz-panyu", "番禺童装直播基地", "Panyu Children's Wear Live Base",
                    "广州番禺童装电子商务有限公司", List.of(APPAREL, MOTHER_BABY), List.of(STUDIOS, SUPPLY_CHAIN)),
            new BaseRow("gz-tianhe", "guangzhou", "tianhe", null, "天河直播电商中心", "Tianhe Live Commerce Centre",
                    "广州天河数字商贸有限公司", List.of(ELECTRONICS, SPORTS), List.of(STUDIOS, POST_PRODUCTION, TRAINING)),
            new BaseRow("gz-huacheng", "guangzhou", "tianhe", null, "花城好物直播基地", "Flower City Select Live Base",
                    "广州花城好物电子商务有限公司", List.of(FOOD, HOME, TRAVEL), List.of(STUDIOS, SET_DESIGN)),
            // Shenzhen
            new BaseRow("sz-nanshan-tech", "shenzhen", "nanshan", "sz-nanshan", "南山科技直播基地", "Nanshan Tech Live Base",
                    "深圳南山直播科技有限公司", List.of(ELECTRONICS), List.of(STUDIOS, POST_PRODUCTION, PRODUCT_DISPLAY)),
            new BaseRow("sz-bay", "shenzhen", "nanshan", "sz-nanshan", "深圳湾跨境直播中心", "Shenzhen Bay Cross-border Live Centre",
                    "深圳湾跨境数字贸易有限公司", List.of(ELECTRONICS, COSMETICS), List.of(STUDIOS, SUPPLY_CHAIN)),
            new BaseRow("sz-huaqiangbei", "shenzhen", "futian", null, "华强北数码直播基地", "Huaqiangbei Electronics Live Base",
                    "深圳华强北数码直播有限公司", List.of(ELECTRONICS), List.of(STUDIOS, PRODUCT_DISPLAY)),
            new BaseRow("sz-longgang-creative", "shenzhen", "longgang", "sz-longgang", "龙岗数字创意直播基地",
                    "Longgang Digital Creative Live Base", "深圳龙岗数字创意产业有限公司", List.of(APPAREL, HOME),
                    List.of(STUDIOS, SET_DESIGN, POST_PRODUCTION)),
            new BaseRow("sz-dayun", "shenzhen", "longgang", "sz-longgang", "大运直播电商基地", "Dayun Live Commerce Base",
                    "深圳大运直播电子商务有限公司", List.of(SPORTS, APPAREL), List.of(STUDIOS, TRAINING)),
            new BaseRow("sz-baoan", "shenzhen", "baoan", null, "宝安智造直播基地", "Bao'an Smart Manufacturing Live Base",
                    "深圳宝安智造供应链有限公司", List.of(ELECTRONICS, HOME), List.of(STUDIOS, SUPPLY_CHAIN, PRODUCT_DISPLAY)),
            // Beijing
            new BaseRow("bj-cbd", "beijing", "chaoyang", "bj-chaoyang", "朝阳国贸直播中心", "Chaoyang CBD Live Centre",
                    "北京朝阳国贸直播文化有限公司", List.of(COSMETICS, JEWELLERY, APPAREL),
                    List.of(STUDIOS, SET_DESIGN, POST_PRODUCTION)),
            new BaseRow("bj-laozihao", "beijing", "chaoyang", "bj-chaoyang", "老字号直播基地", "Time-honoured Brands Live Base",
                    "北京老字号数字商贸有限公司", List.of(FOOD, HOME), List.of(STUDIOS, PRODUCT_DISPLAY)),
            new BaseRow("bj-zhongguancun", "beijing", "haidian", null, "中关村数码直播基地", "Zhongguancun Digital Live Base",
                    "北京中关村数码直播科技有限公司", List.of(ELECTRONICS, BOOKS), List.of(STUDIOS, POST_PRODUCTION)),
            new BaseRow("bj-haidian-books", "beijing", "haidian", null, "海淀图书文创直播中心", "Haidian Books & Culture Live Centre",
                    "北京海淀文创直播有限公司", List.of(BOOKS), List.of(STUDIOS, TRAINING)),
            // Suzhou
            new BaseRow("su-changshu-apparel", "suzhou", "changshu", "su-changshu", "常熟服装直播基地", "Changshu Apparel Live Base",
                    "常熟服装城直播电子商务有限公司", List.of(APPAREL), List.of(STUDIOS, SUPPLY_CHAIN, PRODUCT_DISPLAY)),
            new BaseRow("su-changshu-kids", "suzhou", "changshu", "su-changshu", "常熟童装直播中心",
                    "Changshu Children's Wear Live Centre", "常熟童装直播供应链有限公司", List.of(APPAREL, MOTHER_BABY),
                    List.of(STUDIOS, SUPPLY_CHAIN)),
            new BaseRow("su-taihu", "suzhou", "wuzhong", null, "太湖农品直播基地", "Taihu Farm Produce Live Base",
                    "苏州太湖农品电子商务有限公司", List.of(AGRICULTURE, FOOD), List.of(STUDIOS, TRAINING)),
            new BaseRow("su-gusu-silk", "suzhou", "gusu", null, "姑苏丝绸文创直播基地", "Gusu Silk & Crafts Live Base",
                    "苏州姑苏丝绸文化有限公司", List.of(APPAREL, HOME, TRAVEL), List.of(STUDIOS, SET_DESIGN)));

    /** What the sources say about a real base. */
    private static final Map<String, String> DESCRIPTIONS = Map.of("xz-pei-centre",
            "2023江苏电商直播节期间推介国家地理标志农产品沛县牛蒡，启动仪式当天直播间2小时内销售427单、25.5万元；"
                    + "提倡主播考取电商直播、互联网营销师、电子商务师等技能证书（据中国徐州网-徐州日报 2023-08-25）。");

    private DemoBases() {
    }

    static void store(DemoSet set) {
        for (BaseRow row : BASES) {
            Base base = new Base();
            base.city = set.city(row.city());
            base.district = set.district(row.city(), row.district());
            base.estate = row.estate() == null ? null : set.estate(row.estate());
            base.operator = set.organisation(row.operator(), base.city, base.district);
            base.name = row.name();
            base.nameEn = row.nameEn();
            place(set, base);
            size(set, base, DemoRecognitions.isRecognised(SubjectKind.BASE, row.key()));
            base.openedYear = 2017 + set.random.nextInt(8);
            base.categories = EnumSet.copyOf(row.categories());
            base.services = EnumSet.copyOf(row.services());
            base.description = DESCRIPTIONS.get(row.key());
            set.add(row.key(), base);
        }
    }

    /** In its estate's building, or on the district's main road. */
    private static void place(DemoSet set, Base base) {
        Point spot;
        if (base.estate != null) {
            base.address = base.estate.address + " " + (1 + set.random.nextInt(12)) + " 号楼";
            spot = new Point(base.estate.latitude, base.estate.longitude).near(set.random, 0.6);
        } else {
            base.address = set.streetAddress(base.district);
            spot = set.nearDistrict(base.district, 3.0);
        }
        base.latitude = spot.latitude();
        base.longitude = spot.longitude();
    }

    /**
     * Up to 30,000 m², most of them small, with roughly one public studio per 200 m² (4–120). A recognised base meets
     * the usual criteria (at least 1,000 m² and 10 studios), so later rule checks find the demo consistent.
     */
    private static void size(DemoSet set, Base base, boolean recognised) {
        int minimumArea = recognised ? 2_000 : 800;
        double skewed = Math.pow(set.random.nextDouble(), 2.5);
        base.floorArea = (int) Math.round((minimumArea + skewed * (30_000 - minimumArea)) / 100) * 100;
        int studios = base.floorArea / (150 + set.random.nextInt(150));
        base.publicStudios = Math.max(recognised ? 10 : 4, Math.min(120, studios));
    }
}
