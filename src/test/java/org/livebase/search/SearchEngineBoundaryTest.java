package org.livebase.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/**
 * The n-gram index stays behind {@link SearchEngine}, so that a PostgreSQL trigram index or OpenSearch can take its
 * place: only its own classes ({@code Gram…}) name its implementation or its tables; the rest of the application,
 * search's pages and API included, goes through the interface.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class SearchEngineBoundaryTest {

    private static final Pattern ENGINE = Pattern.compile("\\b(GramSearchEngine|GramBulkBuild|search_doc|search_gram)\\b");
    /**
     * Comments may name the implementation (the interface's says which one serves today); code may not. String
     * and character literals are matched first and kept, so that a "//" inside one ("http://…") does not hide the rest
     * of its line.
     */
    private static final Pattern COMMENTS = Pattern.compile(
            "'(?:\\\\.|[^'\\\\])'|\"(?:\\\\.|[^\"\\\\])*\"|/\\*.*?\\*/|//[^\\n]*", Pattern.DOTALL);

    @Test
    void only_the_n_gram_engine_names_its_classes_and_tables() throws IOException {
        List<Path> sources;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            sources = files.filter(file -> file.toString().endsWith(".java")).toList();
        }
        List<String> leaks = sources.stream()
                .filter(file -> !file.getFileName().toString().startsWith("Gram"))
                .filter(file -> ENGINE.matcher(withoutComments(read(file))).find())
                .map(Path::toString).toList();

        assertTrue(sources.size() > 100, "read the application's sources: " + sources.size() + " files");
        assertEquals(List.of(), leaks);
    }

    private static String withoutComments(String source) {
        return COMMENTS.matcher(source).replaceAll(found -> found.group().startsWith("/") ? ""
                : Matcher.quoteReplacement(found.group()));
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
