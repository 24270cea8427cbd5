package dev.parley.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The demo knowledge base the distribution ships (runtime/src/main/dist/kb), indexed as the bundle does. */
final class DemoKnowledgeBase {

    /** A question and the id of the article that answers it. */
    record Question(String article, String text) {
    }

    private DemoKnowledgeBase() {
    }

    static Path folder() {
        String folder = System.getProperty("parley.demo.kb");
        assertThat(folder).as("system property parley.demo.kb (set by the pom)").isNotNull();
        return Path.of(folder);
    }

    static KnowledgeFolder.Scan scan() {
        KnowledgeFolder.Scan scan = new KnowledgeFolder(folder(), new ArticleParser()).scan();
        assertThat(scan.newProblems()).as("problems of the demo articles").isEmpty();
        return scan;
    }

    static SearchIndex index(boolean withSynonyms) {
        KnowledgeFolder.Scan scan = scan();
        TextAnalyzer analyzer = TextAnalyzer.english();
        if (withSynonyms) {
            List<Synonyms.Problem> problems = new ArrayList<>();
            analyzer = analyzer.withSynonyms(Synonyms.parse(scan.synonymLines(), analyzer, problems));
            assertThat(problems).as("problems of the demo synonyms.txt").isEmpty();
        }
        return SearchIndex.of(scan.articles(), analyzer, Settings.DEFAULT_TITLE_BOOST);
    }

    static List<Question> questions() {
        List<Question> questions = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                DemoKnowledgeBase.class.getResourceAsStream("demo-questions.tsv"), StandardCharsets.UTF_8))) {
            reader.lines().filter(line -> !line.isBlank() && !line.startsWith("#")).forEach(line -> {
                String[] fields = line.split("\t", 2);
                questions.add(new Question(fields[0], fields[1]));
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return questions;
    }
}
