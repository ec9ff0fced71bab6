package org.livebase.host;

/** Vocational certificates a host may hold; labels under {@code host.certificate.*}. */
public enum SkillCertificate {
    /** 互联网营销师 */
    INTERNET_MARKETER,
    /** 电子商务师 */
    E_COMMERCE_SPECIALIST,
    /** 电商直播专项职业能力证书 */
    LIVE_COMMERCE_SKILL
}
