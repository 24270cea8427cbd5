package dev.parley.nlp.sentiment;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.api.nlp.Emotion;
import dev.parley.api.nlp.Sentiment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Emotions with the real VADER lexicon and Parley's English emotion lexicon. */
class SentimentEngineEmotionTest {

    private final SentimentEngine engine = VaderLexiconFixture.engine();

    private Sentiment analyze(String text) {
        return engine.analyze(text, VaderLexiconFixture.MODEL_VERSION);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "This is RIDICULOUS, I want my money back NOW!!!      | ANGER",
        "This is a scam and a total rip off                   | ANGER",
        "I have asked three times and still nobody answers   | FRUSTRATION",
        "Third time I'm asking where my order is             | FRUSTRATION",
        "I'm worried someone used my card without permission | FEAR",
        "My account was hacked, there are unauthorized charges | FEAR",
        "Thanks so much, perfect!                            | JOY",
        "Thanks, that was fast!                              | JOY",
        "The gift arrived broken, so sad                     | SADNESS",
        "I'm not happy with the quality                      | SADNESS",
        "Wait, it was already shipped?                       | SURPRISE",
        "Where is my order?                                  | NEUTRAL",
        "Please send me the invoice for order 1234           | NEUTRAL"})
    void findsTheDominantEmotion(String text, Emotion expected) {
        Sentiment sentiment = analyze(text);

        assertThat(sentiment.emotion()).as(text).isEqualTo(expected);
        assertThat(sentiment.emotionConfidence()).as(text).isBetween(0.0, 1.0);
    }

    @Test
    void shoutingMakesAngerMoreCertain() {
        double calm = analyze("This is ridiculous, I want my money back").emotionConfidence();
        double shouted = analyze("This is RIDICULOUS, I want my money back NOW!!!")
                .emotionConfidence();

        assertThat(shouted).isGreaterThan(calm);
    }

    @Test
    void negatedFearIsNoFear() {
        assertThat(analyze("I'm not worried about the delivery").emotion())
                .isNotEqualTo(Emotion.FEAR);
        assertThat(analyze("I'm worried about the delivery").emotion()).isEqualTo(Emotion.FEAR);
    }

    @Test
    void repetitionStaysFrustratingUnderNegation() {
        assertThat(analyze("Oh no, not again").emotion()).isEqualTo(Emotion.FRUSTRATION);
    }

    @Test
    void theLongestPhraseWins() {
        // "again" alone is a repetition cue; "thanks again" is gratitude.
        assertThat(analyze("Thanks again").emotion()).isEqualTo(Emotion.JOY);
    }

    @Test
    void whatFollowsButDominates() {
        assertThat(analyze("I was worried at first, but it arrived and it's perfect, thank you")
                .emotion()).isEqualTo(Emotion.JOY);
    }

    @Test
    void strongPolarityWithoutEmotionWordsStillHasAnEmotion() {
        Sentiment sentiment = analyze("The instructions were dumb and the colour is ugly");

        assertThat(sentiment.score()).isLessThanOrEqualTo(-0.5);
        assertThat(sentiment.emotion()).isEqualTo(Emotion.SADNESS);
        assertThat(sentiment.emotionConfidence()).isLessThan(0.5);
    }

    @Test
    void neutralConfidenceFallsWithPolarity() {
        assertThat(analyze("Where is my order?").emotionConfidence()).isEqualTo(1.0);
        Sentiment mild = analyze("Can you help me with my order?");
        assertThat(mild.emotion()).isEqualTo(Emotion.NEUTRAL);
        assertThat(mild.emotionConfidence()).isLessThan(1.0);
    }
}
