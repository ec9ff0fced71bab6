package org.livebase.generate;

import java.util.List;
import java.util.SplittableRandom;

/**
 * The word pools names are drawn from: invented stage names, company names and personal names that read as Chinese
 * ones (with some English stage names), never those of real people or companies. Public for the import benchmark
 * (bench/import-csv.java), whose files carry the same names as the data set they are imported into.
 */
public final class Names {

    static final List<String> SURNAMES = List.of("王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马",
            "朱", "胡", "郭", "何", "高", "林", "罗", "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹", "彭", "曾",
            "肖", "田", "董", "袁", "潘", "于", "蒋", "蔡");
    static final List<String> GIVEN = List.of("伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰",
            "娟", "涛", "明", "超", "秀", "霞", "平", "刚", "桂", "英", "华", "玉", "萍", "红", "鹏", "辉", "建", "晨", "欣",
            "怡", "佳", "雪", "琳", "婷", "宇", "浩", "瑶", "子", "梓", "涵", "睿", "诗", "雨", "思", "嘉", "俊", "晓");
    /** Nicknames with the sound of stage names: 小鹿, 阿宝, 甜甜. */
    static final List<String> NICKS = List.of("小鹿", "阿宝", "甜甜", "小满", "大橙子", "小鱼", "糖糖", "阿飞", "七七", "小北",
            "果果", "团子", "小葵", "阿月", "豆豆", "小芒", "花花", "阿杰", "小雪", "朵朵", "饭团", "小熊", "米粒", "阿楠",
            "小林", "桃子", "闪闪", "小周", "阿紫", "乐乐", "小野", "可可", "布丁", "阿福", "星星", "小暖", "麦麦", "阿坤");
    static final List<String> THEMES_ZH = List.of("好物", "穿搭", "美妆", "零食", "家居", "数码", "母婴", "农货", "珠宝", "运动",
            "读书", "旅行", "厨房", "护肤", "鞋包", "茶叶");
    static final List<String> ENDINGS = List.of("说好物", "严选", "的小店", "姐姐", "哥哥", "酱", "优选", "直播间", "推荐官",
            "种草记", "工作室", "日记");
    static final List<String> ENGLISH = List.of("Lily", "Coco", "Kevin", "Amy", "Jason", "Mia", "Leo", "Nina", "Ella",
            "Tony", "Vivian", "Sam", "Grace", "Eric", "Luna", "Max", "Iris", "Ryan", "Zoe", "Alan");
    static final List<String> ENGLISH_ENDINGS = List.of(" Live", " Picks", " Daily", " Style", " Shop", " Home", " Beauty",
            " Studio");
    /** Brand syllables of company names, each with the English word its name takes. */
    static final List<String[]> BRAND = List.of(new String[] { "星", "Star" }, new String[] { "云", "Cloud" },
            new String[] { "海", "Ocean" }, new String[] { "天", "Sky" }, new String[] { "锦", "Brocade" },
            new String[] { "华", "Splendour" }, new String[] { "悦", "Joy" }, new String[] { "美", "Beauty" },
            new String[] { "优", "Prime" }, new String[] { "嘉", "Fine" }, new String[] { "禾", "Grain" },
            new String[] { "盛", "Abundance" }, new String[] { "鼎", "Tripod" }, new String[] { "博", "Broad" },
            new String[] { "瑞", "Auspice" }, new String[] { "启", "Dawn" }, new String[] { "航", "Voyage" },
            new String[] { "潮", "Tide" }, new String[] { "聚", "Gather" }, new String[] { "合", "Union" },
            new String[] { "众", "Crowd" }, new String[] { "播", "Cast" }, new String[] { "辰", "Morning" },
            new String[] { "光", "Light" }, new String[] { "橙", "Orange" }, new String[] { "麦", "Wheat" },
            new String[] { "鲸", "Whale" }, new String[] { "鹿", "Deer" }, new String[] { "峰", "Peak" },
            new String[] { "源", "Spring" });
    static final List<String[]> AGENCY_KINDS = List.of(new String[] { "文化传媒有限公司", "Media Co., Ltd." },
            new String[] { "网络科技有限公司", "Network Technology Co., Ltd." },
            new String[] { "电子商务有限公司", "E-commerce Co., Ltd." },
            new String[] { "传媒科技有限公司", "Media Technology Co., Ltd." });
    static final List<String[]> PARKS = List.of(new String[] { "数字", "Digital" }, new String[] { "未来", "Future" },
            new String[] { "云谷", "Cloud Valley" }, new String[] { "星河", "Galaxy" }, new String[] { "智汇", "Smart Hub" },
            new String[] { "跨境", "Cross-border" }, new String[] { "湖畔", "Lakeside" }, new String[] { "滨江", "Riverside" },
            new String[] { "丝路", "Silk Road" }, new String[] { "创意", "Creative" });
    static final List<String[]> DISTRICTS = List.of(new String[] { "chengdong", "城东区", "Chengdong District" },
            new String[] { "chengxi", "城西区", "Chengxi District" }, new String[] { "chengnan", "城南区", "Chengnan District" },
            new String[] { "chengbei", "城北区", "Chengbei District" }, new String[] { "gaoxin", "高新区", "High-tech Zone" },
            new String[] { "jingkai", "经济开发区", "Economic Development Zone" },
            new String[] { "xinqu", "新区", "New Area" }, new String[] { "gangqu", "港区", "Port District" });

    private Names() {
    }

    static <T> T pick(SplittableRandom random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    /** A stage name such as 小鹿美妆, 杭州阿宝, 甜甜说好物 or, one in twelve, Lily Beauty. */
    public static String stageName(SplittableRandom random, String cityShort) {
        if (random.nextInt(12) == 0) {
            return pick(random, ENGLISH) + pick(random, ENGLISH_ENDINGS);
        }
        String nick = pick(random, NICKS);
        return switch (random.nextInt(4)) {
            case 0 -> nick + pick(random, THEMES_ZH);
            case 1 -> cityShort + nick;
            case 2 -> nick + pick(random, ENDINGS);
            default -> "爱" + pick(random, THEMES_ZH) + "的" + nick;
        };
    }

    public static String personalName(SplittableRandom random) {
        String name = pick(random, SURNAMES) + pick(random, GIVEN);
        return random.nextBoolean() ? name + pick(random, GIVEN) : name;
    }
}
