package org.livebase.recognition;

import org.livebase.web.Language;
import org.livebase.web.Messages;

import io.quarkus.qute.TemplateExtension;

/**
 * Messages in a fixed language, whatever the visitor reads, for pages that show both at once — the printed certificate
 * is read by Chinese and foreign parties alike: {@code {zh:t('key')}}, {@code {en:t('key')}}, and
 * {@code {zh:label('recognition.level', level)}} as {@code m:label} does.
 */
public class BilingualExtensions {

    private BilingualExtensions() {
    }

    @TemplateExtension(namespace = "zh", matchName = "t")
    static String chinese(String key, Object... args) {
        return Messages.get(Language.CHINESE, key, args);
    }

    @TemplateExtension(namespace = "en", matchName = "t")
    static String english(String key, Object... args) {
        return Messages.get(Language.ENGLISH, key, args);
    }

    @TemplateExtension(namespace = "zh", matchName = "label")
    static String chineseLabel(String prefix, Enum<?> value) {
        return value == null ? "" : chinese(prefix + "." + value.name());
    }

    @TemplateExtension(namespace = "en", matchName = "label")
    static String englishLabel(String prefix, Enum<?> value) {
        return value == null ? "" : english(prefix + "." + value.name());
    }
}
