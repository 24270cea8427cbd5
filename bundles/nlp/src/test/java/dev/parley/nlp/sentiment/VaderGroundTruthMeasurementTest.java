package dev.parley.nlp.sentiment;

import dev.parley.nlp.text.LabeledTextReader;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Opt-in measurement on public sentiment data sets, which must not be copied into the
 * repository: runs only when {@code -Dparley.sentiment.data=DIR} names the folder holding
 * vader-tweets.tsv, vader-amazon.tsv, vader-movie.tsv, kotzias-amazon.tsv and kotzias-imdb.tsv
 * ({@code label<TAB>text}), e.g.
 * {@code mvn -o -pl bundles/nlp -am verify -Dtest=VaderGroundTruthMeasurementTest
 * -Dsurefire.failIfNoSpecifiedTests=false -Dparley.sentiment.data=../shared/data/sentiment}.
 * It prints the figures and checks them against VADER's published correlations (Hutto &amp;
 * Gilbert 2014, Table 4).
 */
@Tag("measurement")
@EnabledIfSystemProperty(named = "parley.sentiment.data", matches = ".+")
class VaderGroundTruthMeasurementTest {

    private final Path data = Path.of(System.getProperty("parley.sentiment.data", "."));

    @Test
    void correlatesWithVaderGroundTruthAtLeastAsWellAsPublished() throws IOException {
        assertThat(pearson("vader-tweets.tsv")).isGreaterThanOrEqualTo(0.881);
        assertThat(pearson("vader-amazon.tsv")).isGreaterThanOrEqualTo(0.565);
        assertThat(pearson("vader-movie.tsv")).isGreaterThanOrEqualTo(0.451);
    }

    @Test
    void printsAccuracyOnKotziasSentences() throws IOException {
        for (String file : List.of("kotzias-amazon.tsv", "kotzias-imdb.tsv")) {
            SentimentEvaluation.Classification result =
                    (SentimentEvaluation.Classification) evaluate(file);
            System.out.printf("%s: accuracy %.4f, macro-F1 %.4f (n=%d)%n", file,
                    result.accuracy(), result.macroF1(), result.examples());
        }
    }

    private double pearson(String file) throws IOException {
        SentimentEvaluation.Correlation result = (SentimentEvaluation.Correlation) evaluate(file);
        System.out.printf("%s: Pearson r %.4f (n=%d)%n", file, result.pearson(), result.examples());
        return result.pearson();
    }

    private SentimentEvaluation.Result evaluate(String file) throws IOException {
        SentimentEngine engine = VaderLexiconFixture.engine();
        return SentimentEvaluation.evaluate(LabeledTextReader.read(data.resolve(file)),
                text -> engine.analyze(text, VaderLexiconFixture.MODEL_VERSION));
    }
}
