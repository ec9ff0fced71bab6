package org.livebase.importing;

import java.util.List;
import java.util.Locale;

import org.livebase.changes.ChangeKind;

/**
 * What a file imports, with its columns in the order the template has them. A header names columns by their English
 * name or their Chinese alias, in any order and case; columns not listed here are refused, so that a misspelt optional
 * column is not silently dropped.
 */
public enum ImportKind {

    HOSTS(ChangeKind.HOSTS, List.of(
            new ImportColumn("stage_name", "艺名", true, "测试主播"),
            new ImportColumn("real_name", "真实姓名", true, "张三"),
            new ImportColumn("id_number", "身份证号", true, "11010519491231002X"),
            new ImportColumn("phone", "手机号", false, "13800138000"),
            new ImportColumn("birth_date", "出生日期", false, "1949-12-31"),
            new ImportColumn("district", "区县", false, ""),
            new ImportColumn("agency_credit_code", "机构统一社会信用代码", false, ""),
            new ImportColumn("categories", "品类", false, "apparel;cosmetics"),
            new ImportColumn("platform", "平台", false, "douyin"),
            new ImportColumn("handle", "账号", false, "@example"),
            new ImportColumn("followers", "粉丝数", false, "12000"),
            new ImportColumn("bio", "简介", false, ""))),

    AGENCIES(ChangeKind.AGENCIES, List.of(
            new ImportColumn("name", "机构名称", true, "示例文化传媒有限公司"),
            new ImportColumn("credit_code", "统一社会信用代码", true, "91320300MA1XXXXXXX"),
            new ImportColumn("organisation_name", "企业名称", false, ""),
            new ImportColumn("name_en", "英文名称", false, "Example Media"),
            new ImportColumn("district", "区县", false, ""),
            new ImportColumn("founded_year", "成立年份", false, "2019"),
            new ImportColumn("categories", "品类", false, "apparel;food"),
            new ImportColumn("platforms", "平台", false, "douyin;kuaishou"),
            new ImportColumn("contact_name", "联系人", false, "李四"),
            new ImportColumn("contact_phone", "联系电话", false, "13800138000"),
            new ImportColumn("contact_email", "联系邮箱", false, "contact@example.com"),
            new ImportColumn("description", "介绍", false, ""))),

    BASES(ChangeKind.BASES, List.of(
            new ImportColumn("name", "基地名称", true, "示例直播电商基地"),
            new ImportColumn("operator_credit_code", "运营主体统一社会信用代码", true, "91320300MA1XXXXXXX"),
            new ImportColumn("operator_name", "运营主体名称", false, "示例产业园运营有限公司"),
            new ImportColumn("name_en", "英文名称", false, "Example Live Base"),
            new ImportColumn("district", "区县", false, ""),
            new ImportColumn("address", "地址", false, ""),
            new ImportColumn("latitude", "纬度", false, "34.26"),
            new ImportColumn("longitude", "经度", false, "117.18"),
            new ImportColumn("floor_area", "面积", false, "12000"),
            new ImportColumn("public_studios", "公共直播间", false, "40"),
            new ImportColumn("opened_year", "开业年份", false, "2021"),
            new ImportColumn("categories", "品类", false, "agriculture"),
            new ImportColumn("services", "服务", false, "studios;training"),
            new ImportColumn("description", "介绍", false, "")));

    private final ChangeKind changeKind;
    private final List<ImportColumn> columns;

    ImportKind(ChangeKind changeKind, List<ImportColumn> columns) {
        this.changeKind = changeKind;
        this.columns = columns;
    }

    public List<ImportColumn> columns() {
        return columns;
    }

    public ChangeKind changeKind() {
        return changeKind;
    }

    /** As URLs and the API name it: {@code hosts}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
