package dev.parley.nlp.sentiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import dev.parley.api.nlp.Emotion;
import dev.parley.api.nlp.Sentiment;
import dev.parley.api.nlp.SentimentLabel;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Any input gives a defined result; results do not depend on threads. */
class SentimentEngineRobustnessTest {

    private final SentimentEngine engine = VaderLexiconFixture.engine();

    private Sentiment analyze(String text) {
        return engine.analyze(text, VaderLexiconFixture.MODEL_VERSION);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", " ", "   \t\n  ", "\u0000\u0007\u001B", "!!!", "...",
        "我很惊讶地看到这个产品如此有用", "أنا مندهش لرؤية كيف يعمل هذا المنتج", "12345 67890"})
    void textWithoutEnglishWordsIsNeutral(String text) {
        Sentiment sentiment = analyze(text);

        assertThat(sentiment.score()).isZero();
        assertThat(sentiment.label()).isEqualTo(SentimentLabel.NEUTRAL);
        assertThat(sentiment.emotion()).isEqualTo(Emotion.NEUTRAL);
        assertThat(sentiment.emotionConfidence()).isEqualTo(1.0);
    }

    @Test
    void questionMarksAloneAreImpatience() {
        Sentiment sentiment = analyze("???");

        assertThat(sentiment.label()).isEqualTo(SentimentLabel.NEUTRAL);
        assertThat(sentiment.emotion()).isEqualTo(Emotion.FRUSTRATION);
    }

    @Test
    void controlCharactersDoNotHideWords() {
        assertThat(analyze("great\u0000 service\u001B[31m").label())
                .isEqualTo(SentimentLabel.POSITIVE);
    }

    @Test
    void modelVersionIsRequired() {
        assertThatNullPointerException().isThrownBy(() -> engine.analyze("good", null))
                .withMessageContaining("modelVersion");
    }

    @Test
    @Timeout(10)
    void aHundredKilobytesAreReadUpToTheCap() {
        String paste = "The delivery was terrible but the support was GREAT!!! 😀 ".repeat(1_800);
        assertThat(paste.length()).isGreaterThan(100_000);

        Sentiment sentiment = analyze(paste);

        assertThat(sentiment.score()).isBetween(-1.0, 1.0);
        assertThat(sentiment.emotionConfidence()).isBetween(0.0, 1.0);
    }

    @Test
    void extremeTextStaysWithinRange() {
        assertThat(analyze("GREAT amazing WONDERFUL!!!! ".repeat(200) + "ok").score())
                .isPositive().isLessThanOrEqualTo(1.0);
        assertThat(analyze("horrible AWFUL scam ".repeat(200) + "ok").score())
                .isNegative().isGreaterThanOrEqualTo(-1.0);
    }

    @Test
    void randomTextAlwaysGivesAValidResult() {
        Random random = new Random(42);
        for (int i = 0; i < 2_000; i++) {
            Sentiment sentiment = analyze(randomText(random));

            assertThat(sentiment.score()).isBetween(-1.0, 1.0);
            assertThat(sentiment.emotionConfidence()).isBetween(0.0, 1.0);
            assertThat(sentiment.label()).isEqualTo(SentimentEngine.label(sentiment.score()));
        }
    }

    @Test
    void concurrentCallsGiveTheSameResultsAsSequentialOnes() throws Exception {
        Random random = new Random(7);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            texts.add(randomText(random));
        }
        List<Sentiment> expected = texts.stream().map(this::analyze).toList();

        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<List<Sentiment>>> runs = new ArrayList<>();
            for (int thread = 0; thread < 8; thread++) {
                runs.add(pool.submit(() -> texts.stream().map(this::analyze).toList()));
            }
            for (Future<List<Sentiment>> run : runs) {
                assertThat(run.get(30, TimeUnit.SECONDS)).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static final String[] PIECES = {"good", "bad", "not", "very", "but", "no", "GREAT",
        "never", "so", "kind", "of", "least", "like", "too", "!", "?", "!!!", "??", ":)", ":(",
        "😀", "😡", "👍🏽", "&amp;", "&lt;3", "'", "\u2019", "n't", "again", "third", "time",
        "worried", "thanks", "scam", "soooo", "unhelpful", "should", "have", "been", ".", ";",
        "\u0000", "\t", "中文", "مرحبا", "\uD83D", "&#0;", "&#x1F600;"};

    private static String randomText(Random random) {
        StringBuilder text = new StringBuilder();
        int words = random.nextInt(25);
        for (int w = 0; w < words; w++) {
            text.append(PIECES[random.nextInt(PIECES.length)]);
            text.append(random.nextInt(4) == 0 ? "" : " ");
        }
        return text.toString();
    }
}
