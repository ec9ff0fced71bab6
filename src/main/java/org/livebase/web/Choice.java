package org.livebase.web;

/**
 * One option of a form's select list, for the {@code select} tag: the value submitted and its name in both languages.
 * Features map their records (districts, estates) to it, so one tag draws every such list.
 */
public record Choice(String value, String name, String nameEn) {
}
