package org.livebase.demo;

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
import static org.livebase.catalog.Platform.BILIBILI;
import static org.livebase.catalog.Platform.DOUYIN;
import static org.livebase.catalog.Platform.JD;
import static org.livebase.catalog.Platform.KUAISHOU;
import static org.livebase.catalog.Platform.PINDUODUO;
import static org.livebase.catalog.Platform.TAOBAO_LIVE;
import static org.livebase.catalog.Platform.WECHAT_CHANNELS;
import static org.livebase.catalog.Platform.XIAOHONGSHU;

import java.util.EnumSet;
import java.util.List;

import org.livebase.agency.Agency;
import org.livebase.catalog.Category;
import org.livebase.catalog.Platform;
import org.livebase.city.District;

/**
 * The MCN agencies, named by their company as the bureaus' lists name them. 徐州华岳网络科技有限公司 is named in the Xuzhou
 * article and says only what the article says; 云龙星播文化传媒有限公司 is the agency whose company the demo account will
 * run. All others are invented.
 */
final class DemoAgencies {

    /** An agency; a null district or founding year is one the source does not give. */
    record AgencyRow(String key, String city, String district, String name, String nameEn, Integer founded,
            List<Category> categories, List<Platform> platforms, String description) {
    }

    static final List<AgencyRow> AGENCIES = List.of(
            new AgencyRow("xz-huayue", "xuzhou", null, "徐州华岳网络科技有限公司", "Xuzhou Huayue Network Technology Co., Ltd.",
                    null, List.of(AGRICULTURE, FOOD), List.of(DOUYIN),
                    "徐州本地直播电商企业，开展公益助农直播，并有意孵化农产品地理标志品牌（据中国徐州网-徐州日报 2023-08-25）。"),
            new AgencyRow("xz-xingbo", "xuzhou", "yunlong", "云龙星播文化传媒有限公司", "Yunlong Xingbo Culture Media Co., Ltd.",
                    2020, List.of(APPAREL, FOOD, HOME), List.of(DOUYIN, KUAISHOU, TAOBAO_LIVE), null),
            new AgencyRow("xz-hanfeng", "xuzhou", "gulou", "徐州汉风文化传媒有限公司", "Xuzhou Hanfeng Culture Media Co., Ltd.",
                    2019, List.of(FOOD, TRAVEL, BOOKS), List.of(DOUYIN, WECHAT_CHANNELS), null),
            new AgencyRow("hz-xinghe", "hangzhou", "yuhang", "杭州星河互娱文化传媒有限公司",
                    "Hangzhou Xinghe Entertainment Media Co., Ltd.", 2017, List.of(APPAREL, COSMETICS),
                    List.of(TAOBAO_LIVE, DOUYIN), null),
            new AgencyRow("hz-qiantang", "hangzhou", "binjiang", "杭州钱塘网红孵化有限公司",
                    "Hangzhou Qiantang Influencer Incubator Co., Ltd.", 2016, List.of(COSMETICS, JEWELLERY),
                    List.of(TAOBAO_LIVE, XIAOHONGSHU), null),
            new AgencyRow("hz-yunqi", "hangzhou", "binjiang", "杭州云栖直播科技有限公司", "Hangzhou Yunqi Live Technology Co., Ltd.",
                    2018, List.of(ELECTRONICS, BOOKS), List.of(TAOBAO_LIVE, BILIBILI, JD), null),
            new AgencyRow("hz-xiyue", "hangzhou", "yuhang", "杭州西悦文化传媒有限公司", "Hangzhou Xiyue Culture Media Co., Ltd.",
                    2019, List.of(FOOD, HOME, MOTHER_BABY), List.of(DOUYIN, KUAISHOU, TAOBAO_LIVE), null),
            new AgencyRow("hz-chaoyin", "hangzhou", "xiaoshan", "杭州潮音互动网络科技有限公司",
                    "Hangzhou Chaoyin Interactive Network Technology Co., Ltd.", 2020, List.of(APPAREL, SPORTS),
                    List.of(DOUYIN, KUAISHOU), null),
            new AgencyRow("sh-haipai", "shanghai", "changning", "上海海派星选文化传播有限公司",
                    "Shanghai Haipai Star Select Media Co., Ltd.", 2018, List.of(COSMETICS, APPAREL),
                    List.of(XIAOHONGSHU, DOUYIN, TAOBAO_LIVE), null),
            new AgencyRow("sh-pujiang", "shanghai", "yangpu", "上海浦江之声网络科技有限公司",
                    "Shanghai Pujiang Voices Network Technology Co., Ltd.", 2017, List.of(BOOKS, ELECTRONICS),
                    List.of(BILIBILI, WECHAT_CHANNELS), null),
            new AgencyRow("sh-yunjian", "shanghai", "songjiang", "上海云间优选文化传媒有限公司",
                    "Shanghai Yunjian Select Culture Media Co., Ltd.", 2020, List.of(HOME, FOOD, MOTHER_BABY),
                    List.of(DOUYIN, PINDUODUO), null),
            new AgencyRow("sh-hongqiao", "shanghai", "minhang", "上海虹桥环球优品直播有限公司",
                    "Shanghai Hongqiao Global Select Live Co., Ltd.", 2021, List.of(COSMETICS, FOOD, JEWELLERY),
                    List.of(TAOBAO_LIVE, JD, XIAOHONGSHU), null),
            new AgencyRow("sh-modeng", "shanghai", "changning", "上海摩登时尚文化传媒有限公司",
                    "Shanghai Modern Fashion Culture Media Co., Ltd.", 2019, List.of(APPAREL, JEWELLERY),
                    List.of(XIAOHONGSHU, DOUYIN), null),
            new AgencyRow("gz-huacheng", "guangzhou", "tianhe", "广州花城星光文化传媒有限公司",
                    "Guangzhou Huacheng Starlight Media Co., Ltd.", 2018, List.of(COSMETICS, FOOD), List.of(DOUYIN, KUAISHOU),
                    null),
            new AgencyRow("gz-yangcheng", "guangzhou", "baiyun", "广州羊城优播网络科技有限公司",
                    "Guangzhou Yangcheng Youbo Network Technology Co., Ltd.", 2019, List.of(APPAREL, COSMETICS),
                    List.of(DOUYIN, KUAISHOU, PINDUODUO), null),
            new AgencyRow("gz-zhujiang", "guangzhou", "panyu", "广州珠江潮品文化传播有限公司",
                    "Guangzhou Zhujiang Trend Culture Media Co., Ltd.", 2020, List.of(JEWELLERY, APPAREL),
                    List.of(DOUYIN, WECHAT_CHANNELS), null),
            new AgencyRow("sz-pengcheng", "shenzhen", "nanshan", "深圳鹏城数播科技有限公司",
                    "Shenzhen Pengcheng Digital Streaming Technology Co., Ltd.", 2018, List.of(ELECTRONICS),
                    List.of(DOUYIN, JD, BILIBILI), null),
            new AgencyRow("sz-wanbo", "shenzhen", "futian", "深圳湾播文化传媒有限公司", "Shenzhen Wanbo Culture Media Co., Ltd.",
                    2020, List.of(COSMETICS, APPAREL), List.of(DOUYIN, XIAOHONGSHU), null),
            new AgencyRow("sz-longcheng", "shenzhen", "longgang", "深圳龙城互娱网络科技有限公司",
                    "Shenzhen Longcheng Interactive Network Technology Co., Ltd.", 2021, List.of(SPORTS, HOME),
                    List.of(KUAISHOU, DOUYIN), null),
            new AgencyRow("bj-jingwei", "beijing", "chaoyang", "北京京味优选文化传媒有限公司",
                    "Beijing Jingwei Select Culture Media Co., Ltd.", 2019, List.of(FOOD, TRAVEL),
                    List.of(DOUYIN, WECHAT_CHANNELS, KUAISHOU), null),
            new AgencyRow("bj-zhiyuan", "beijing", "haidian", "北京知源书香网络科技有限公司",
                    "Beijing Zhiyuan Books Network Technology Co., Ltd.", 2016, List.of(BOOKS, ELECTRONICS),
                    List.of(BILIBILI, DOUYIN, JD), null),
            new AgencyRow("su-yushan", "suzhou", "changshu", "常熟虞山直播文化传媒有限公司",
                    "Changshu Yushan Live Culture Media Co., Ltd.", 2019, List.of(APPAREL, MOTHER_BABY),
                    List.of(DOUYIN, KUAISHOU, PINDUODUO), null),
            new AgencyRow("su-taihu", "suzhou", "wuzhong", "苏州太湖好物网络科技有限公司",
                    "Suzhou Taihu Goods Network Technology Co., Ltd.", 2020, List.of(FOOD, AGRICULTURE, TRAVEL),
                    List.of(DOUYIN, TAOBAO_LIVE), null));

    private DemoAgencies() {
    }

    static void store(DemoSet set) {
        for (AgencyRow row : AGENCIES) {
            Agency agency = new Agency();
            agency.city = set.city(row.city());
            District district = row.district() == null ? null : set.district(row.city(), row.district());
            agency.district = district;
            agency.organisation = set.organisation(row.name(), agency.city, district);
            agency.name = row.name();
            agency.nameEn = row.nameEn();
            agency.foundedYear = row.founded();
            agency.categories = EnumSet.copyOf(row.categories());
            agency.platforms = EnumSet.copyOf(row.platforms());
            agency.description = row.description();
            set.add(row.key(), agency);
        }
    }
}
