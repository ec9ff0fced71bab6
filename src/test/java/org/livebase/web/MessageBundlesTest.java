package org.livebase.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/** Keeps the two languages in step, and every key a template names present in both. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class MessageBundlesTest {

    private static final Pattern TEMPLATE_KEY = Pattern.compile("m:t\\('([^']+)'");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d");

    @Test
    void chinese_and_english_have_the_same_keys() throws IOException {
        Set<String> chinese = keys("messages/msg.properties");
        Set<String> english = keys("messages/msg_en.properties");

        Set<String> onlyChinese = new TreeSet<>(chinese);
        onlyChinese.removeAll(english);
        Set<String> onlyEnglish = new TreeSet<>(english);
        onlyEnglish.removeAll(chinese);
        assertEquals(Set.of(), onlyChinese, "keys missing in msg_en.properties");
        assertEquals(Set.of(), onlyEnglish, "keys missing in msg.properties");
    }

    @Test
    void every_key_a_template_names_exists() throws IOException {
        Set<String> known = keys("messages/msg.properties");
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                Matcher matcher = TEMPLATE_KEY.matcher(Files.readString(file));
                while (matcher.find()) {
                    if (!known.contains(matcher.group(1))) {
                        missing.add(file.getFileName() + ": " + matcher.group(1));
                    }
                }
            }
        }
        assertEquals(Set.of(), missing);
    }

    @Test
    void every_enum_label_exists_in_both_languages() throws IOException {
        Set<String> chinese = keys("messages/msg.properties");
        Set<String> english = keys("messages/msg_en.properties");
        Set<String> missing = new TreeSet<>();
        labels("catalog.category", org.livebase.catalog.Category.values(), chinese, english, missing);
        labels("catalog.platform", org.livebase.catalog.Platform.values(), chinese, english, missing);
        labels("catalog.service", org.livebase.catalog.BaseService.values(), chinese, english, missing);
        labels("recognition.status", org.livebase.recognition.RecognitionStatus.values(), chinese, english, missing);
        labels("recognition.level", org.livebase.recognition.RecognitionLevel.values(), chinese, english, missing);
        labels("recognition.reason", org.livebase.recognition.StatusReason.values(), chinese, english, missing);
        labels("recognition.kind", org.livebase.recognition.SubjectKind.values(), chinese, english, missing);
        labels("application.state", org.livebase.application.ApplicationState.values(), chinese, english, missing);
        labels("application.action", org.livebase.application.Action.values(), chinese, english, missing);
        labels("application.objection", org.livebase.application.ObjectionStatus.values(), chinese, english, missing);
        assertTrue(missing.isEmpty(), "missing labels: " + missing);
    }

    @Test
    void every_message_shows_its_arguments_and_apostrophes_in_both_languages() {
        Set<String> wrong = new TreeSet<>();
        Object[] arguments = { 7, 7, 7, 7, 7, 7, 7, 7, 7, 7 };
        for (Locale locale : List.of(Language.CHINESE, Language.ENGLISH)) {
            ResourceBundle bundle = Messages.bundle(locale);
            for (String key : bundle.keySet()) {
                String pattern = bundle.getString(key);
                // Formatted with arguments, a message's own apostrophe is written twice; without, it is shown as it is.
                boolean formatted = PLACEHOLDER.matcher(pattern).find();
                String text = formatted ? Messages.get(locale, key, arguments) : pattern;
                long expected = apostrophes(formatted ? pattern.replace("''", "'") : pattern);
                if (PLACEHOLDER.matcher(text).find() || apostrophes(text) != expected
                        || !formatted && pattern.contains("''")) {
                    wrong.add(locale + " " + key + ": " + text);
                }
            }
        }
        assertEquals(Set.of(), wrong);
    }

    private static long apostrophes(String text) {
        return text.chars().filter(c -> c == '\'').count();
    }

    private static void labels(String prefix, Enum<?>[] values, Set<String> chinese, Set<String> english,
            Set<String> missing) {
        for (Enum<?> value : values) {
            String key = prefix + "." + value.name();
            if (!chinese.contains(key) || !english.contains(key)) {
                missing.add(key);
            }
        }
    }

    private static Set<String> keys(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessageBundlesTest.class.getClassLoader().getResourceAsStream(resource)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return new TreeSet<>(properties.stringPropertyNames());
    }
}
