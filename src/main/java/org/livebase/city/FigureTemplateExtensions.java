package org.livebase.city;

import java.math.BigDecimal;
import java.util.Locale;

import org.livebase.web.Language;
import org.livebase.web.Messages;

import io.quarkus.qute.TemplateExtension;

/** What templates call as {@code figure:…} to show a target's or figure's amount with its unit. */
@TemplateExtension(namespace = "figure")
public class FigureTemplateExtensions {

    /**
     * {@code {figure:amount(t.value, t.unit)}}: "300 bn yuan" in English. Chinese readers count money in 亿 (100
     * million), so in Chinese a BILLION_YUAN amount shows ×10 with the label 亿元 ({@code city.unit.BILLION_YUAN}):
     * "3,000亿元". The stored value and the API stay in billions.
     */
    static String amount(BigDecimal value, Unit unit) {
        Language language = Language.current();
        Locale locale = language.locale();
        return Messages.get(locale, "city.amount", shown(value, unit, language.english()),
                Messages.get(locale, "city.unit." + unit.name()));
    }

    /** The number a reader of the language sees: in Chinese a BILLION_YUAN amount counts in 亿, ten to a billion. */
    static BigDecimal shown(BigDecimal value, Unit unit, boolean english) {
        return unit == Unit.BILLION_YUAN && !english ? value.movePointRight(1) : value;
    }
}
