package dev.parley.nlp.sentiment;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.api.nlp.Sentiment;
import dev.parley.api.nlp.SentimentLabel;
import org.junit.jupiter.api.Test;

/** Polarity with the real VADER lexicon: VADER's rules and Parley's fixes to them. */
class SentimentEnginePolarityTest {

    private final SentimentEngine engine = VaderLexiconFixture.engine();

    private Sentiment analyze(String text) {
        return engine.analyze(text, VaderLexiconFixture.MODEL_VERSION);
    }

    private double score(String text) {
        return analyze(text).score();
    }

    @Test
    void praiseIsPositive() {
        Sentiment sentiment = analyze("The service was great!");

        assertThat(sentiment.label()).isEqualTo(SentimentLabel.POSITIVE);
        assertThat(sentiment.score()).isGreaterThan(0.5);
        assertThat(sentiment.modelVersion()).isEqualTo(VaderLexiconFixture.MODEL_VERSION);
    }

    @Test
    void negationTurnsPraiseNegative() {
        Sentiment sentiment = analyze("The service was not great");

        assertThat(sentiment.label()).isEqualTo(SentimentLabel.NEGATIVE);
        assertThat(sentiment.score()).isLessThan(score("The service was great") - 0.5);
    }

    @Test
    void contractedNegationsNegateWithEitherApostrophe() {
        assertThat(score("I don't like it")).isNegative();
        assertThat(score("I don\u2019t like it")).isEqualTo(score("I don't like it"));
    }

    @Test
    void capitalsAmongLowerCaseWordsEmphasize() {
        assertThat(score("The service was VERY GOOD"))
                .isGreaterThan(score("The service was very good"));
    }

    @Test
    void aMessageEntirelyInCapitalsIsAHabitNotEmphasis() {
        // VADER's rule: capitals emphasize only when the message mixes case.
        assertThat(score("VERY GOOD")).isEqualTo(score("very good"));
    }

    @Test
    void boostersStrengthenAndDampenersWeaken() {
        assertThat(score("The service was very good")).isGreaterThan(score("The service was good"));
        assertThat(score("The service was kind of good"))
                .isLessThan(score("The service was good"));
    }

    @Test
    void exclamationMarksAmplifyUpToFour() {
        assertThat(score("good!!!")).isGreaterThan(score("good!")).isGreaterThan(score("good"));
        assertThat(score("good!!!!!!!")).isEqualTo(score("good!!!!"));
        assertThat(score("bad!!!")).isLessThan(score("bad"));
    }

    @Test
    void butShiftsTheWeightToWhatFollows() {
        double contrasted = score("The food was good, but the service was horrible");

        assertThat(contrasted).isNegative();
        assertThat(contrasted).isLessThan(score("The food was good, and the service was horrible"));
        assertThat(contrasted).isLessThan(score("The food was good"));
    }

    @Test
    void butWeakensWhatPrecedesAndStrengthensWhatFollows() {
        assertThat(score("But the service was horrible"))
                .isLessThan(score("And the service was horrible"));
        assertThat(score("The service was horrible, but"))
                .isGreaterThan(score("The service was horrible, and"));
    }

    @Test
    void butMeaningOnlyIsNoContrast() {
        assertThat(score("They sent nothing but excuses, terrible"))
                .isEqualTo(score("They sent nothing and excuses, terrible"));
    }

    @Test
    void emojiCarrySentiment() {
        assertThat(analyze("😠").label()).isEqualTo(SentimentLabel.NEGATIVE);
        assertThat(analyze("😡").label()).isEqualTo(SentimentLabel.NEGATIVE);
        assertThat(analyze("😀").label()).isEqualTo(SentimentLabel.POSITIVE);
        assertThat(score("Delivery was fast😀")).isGreaterThan(score("Delivery was fast"));
        assertThat(score("thanks 👍🏽")).isEqualTo(score("thanks 👍"));
    }

    @Test
    void emoticonsKeepTheirPunctuation() {
        assertThat(analyze("ok :)").label()).isEqualTo(SentimentLabel.POSITIVE);
        assertThat(analyze("ok :(").label()).isEqualTo(SentimentLabel.NEGATIVE);
        assertThat(analyze("I &lt;3 this shop").label()).isEqualTo(SentimentLabel.POSITIVE);
    }

    @Test
    void leastNegatesExceptInAtLeast() {
        assertThat(score("the least helpful answer")).isNegative();
        assertThat(score("at least it was helpful")).isPositive();
    }

    @Test
    void negationStaysInItsSentence() {
        assertThat(analyze("No. The product is great").label()).isEqualTo(SentimentLabel.POSITIVE);
        assertThat(analyze("No great product").label()).isEqualTo(SentimentLabel.NEGATIVE);
    }

    @Test
    void repeatedNegationsDoNotCancelOut() {
        assertThat(score("DON'T CARE DON'T CARE DON'T CARE #nope")).isNegative();
    }

    @Test
    void likeCountsOnlyAsAVerb() {
        assertThat(analyze("It looks like the parcel is in Berlin").label())
                .isEqualTo(SentimentLabel.NEUTRAL);
        assertThat(analyze("I like the parcel").label()).isEqualTo(SentimentLabel.POSITIVE);
        assertThat(analyze("I don't like the parcel").label()).isEqualTo(SentimentLabel.NEGATIVE);
    }

    @Test
    void tooBeforeAWordIsExcessButMeTooIsAgreement() {
        assertThat(analyze("The delivery took too long").label())
                .isEqualTo(SentimentLabel.NEGATIVE);
        assertThat(score("Thanks, you too")).isEqualTo(score("Thanks, you"));
    }

    @Test
    void counterfactualsSayTheOpposite() {
        assertThat(score("This should have been great")).isNegative();
        assertThat(score("This could've been great")).isNegative();
    }

    @Test
    void questionsAssertLessThanStatements() {
        assertThat(score("Is the blender good?")).isPositive()
                .isLessThan(score("The blender is good."));
    }

    @Test
    void spellingVariantsFindTheirLexiconEntry() {
        assertThat(score("sooooo good")).isEqualTo(score("so good"));
        assertThat(score("lovin it")).isEqualTo(score("loving it"));
        assertThat(score("so many problems")).isNegative();
        assertThat(score("the agent was unhelpful")).isNegative();
    }

    @Test
    void canNotWaitIsEagerness() {
        assertThat(analyze("Can't wait for my order").label()).isEqualTo(SentimentLabel.POSITIVE);
    }

    @Test
    void specialIdiomsReplaceTheWordsValence() {
        assertThat(score("Your support is the shit")).isPositive();
        assertThat(score("Your support is shit")).isNegative();
    }

    @Test
    void aPlainQuestionIsNeutral() {
        Sentiment sentiment = analyze("Where is my order?");

        assertThat(sentiment.label()).isEqualTo(SentimentLabel.NEUTRAL);
        assertThat(sentiment.score()).isZero();
    }

    @Test
    void labelsFollowVadersThresholds() {
        assertThat(SentimentEngine.label(0.05)).isEqualTo(SentimentLabel.POSITIVE);
        assertThat(SentimentEngine.label(0.0499)).isEqualTo(SentimentLabel.NEUTRAL);
        assertThat(SentimentEngine.label(-0.0499)).isEqualTo(SentimentLabel.NEUTRAL);
        assertThat(SentimentEngine.label(-0.05)).isEqualTo(SentimentLabel.NEGATIVE);
    }
}
