package org.livebase.catalog;

/** Live-commerce platforms; labels are in the message bundles under {@code catalog.platform.*}. */
public enum Platform {
    DOUYIN,
    KUAISHOU,
    TAOBAO_LIVE,
    WECHAT_CHANNELS,
    BILIBILI,
    XIAOHONGSHU,
    PINDUODUO,
    JD
}
