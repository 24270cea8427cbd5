package dev.parley.nlp.sentiment;

import dev.parley.api.nlp.Sentiment;
import dev.parley.api.nlp.SentimentLabel;
import java.util.Objects;

/**
 * Scores the polarity and the dominant emotion of a customer message with lexicons and rules: no
 * training, no OSGi. The model extender builds one from the lexicons a sentiment model bundle
 * carries and wraps it in the {@code SentimentAnalyzer} service.
 *
 * <h2>Polarity: VADER</h2>
 * A port of VADER (Hutto &amp; Gilbert 2014; reference implementation vaderSentiment 3.3.2) with
 * its constants: each lexicon word's valence is raised by boosters before it ("very" +0.293,
 * decaying with distance) and dampened by dampeners ("kind of"), negated ×-0.74 by a negation up
 * to three tokens back ("not", "n't", "never", "no"), raised 0.733 in ALL CAPS when the message
 * mixes case, adjusted by "least" and VADER's special idioms; the first "but" halves what precedes
 * it and multiplies what follows by 1.5; the sum gains 0.292 per '!' (up to four) and 0.18 per '?'
 * (two or three, 0.96 for more), and {@code x / sqrt(x² + 15)} turns it into the score in [-1, 1].
 * The label is POSITIVE at {@code >= 0.05}, NEGATIVE at {@code <= -0.05}, else NEUTRAL. Emoji the
 * lexicon lacks take their valence from a built-in table ({@link EmojiValences}).
 *
 * <p>Parley departs from the reference where it was measurably wrong on VADER's own ground truth
 * (each change is documented where it is made): negations and boosters stay in their sentence; a
 * word is negated once; "no" after "no" is repetition; "like" counts only as a verb; "too" before
 * a word is excess; "should have been great" is negated; a question's valences count half;
 * spelling fallbacks (elongation, dropped g, plural, "un-"); "nothing but" is no contrast; a few
 * idioms without lexicon words ("can't wait"); HTML entities and typographic apostrophes decoded.
 *
 * <h2>Emotion</h2>
 * <ol>
 *   <li>Each {@link EmotionLexicon} phrase found (longest match first) adds its weight to its
 *       emotion: ×1.3 after a booster, ×0.7 after a dampener, ×1.5 when shouted in capitals, ×0.5
 *       before and ×1.5 after a contrastive "but".
 *   <li>A negation up to three tokens before a phrase ("not happy", "no worries") turns joy into
 *       sadness (disappointment, ×0.75) and drops anger, fear, sadness and surprise; frustration
 *       stays, since repetition cues ("not again", "still not") are facts, not claims.
 *   <li>In a negative, angry or frustrated message, shouted words (three or more capital letters:
 *       +0.5 each, up to four) and "!!" (+0.5) or "!!!" (+1) add anger. Two or more '?' in a
 *       message that is not positive add frustration; "?!" adds surprise.
 *   <li>Each score is multiplied by {@code 1 + 0.5 · score · polarity} (joy +1; anger,
 *       frustration, sadness, fear -1; surprise 0): emotions that agree with the polarity win.
 *   <li>Without any of that, a polarity of at least 0.5 either way still means joy or sadness
 *       (disappointment), with half that polarity as its weight.
 *   <li>The highest score wins, ties going to anger, fear, frustration, sadness, surprise, joy;
 *       its confidence is its share of all scores times {@code 1 - e^-score} (more evidence, more
 *       confidence). With no score at all the emotion is NEUTRAL, with confidence
 *       {@code 1 - |polarity|}.
 * </ol>
 *
 * <p>Immutable after construction and thread-safe. It logs nothing: customer text stays out of
 * the logs.
 */
public final class SentimentEngine {

    /** At or above this score a message is positive (VADER's threshold). */
    public static final double POSITIVE_THRESHOLD = 0.05;

    /** At or below this score a message is negative (VADER's threshold). */
    public static final double NEGATIVE_THRESHOLD = -0.05;

    private final VaderTokenizer tokenizer;
    private final VaderScorer scorer = new VaderScorer();
    private final EmotionDetector emotions;

    /**
     * @param sentimentLexicon word valences in VADER's format, e.g. VADER's own lexicon
     * @param emotionLexicon emotion phrases, e.g. {@link EmotionLexicon#english()}
     */
    public SentimentEngine(SentimentLexicon sentimentLexicon, EmotionLexicon emotionLexicon) {
        this.tokenizer = new VaderTokenizer(
                new ValenceLookup(Objects.requireNonNull(sentimentLexicon, "sentimentLexicon")));
        this.emotions = new EmotionDetector(Objects.requireNonNull(emotionLexicon, "emotionLexicon"));
    }

    /**
     * Analyzes one message. Any text is accepted: {@code null}, empty and blank text, and text in
     * scripts the lexicons do not cover, are neutral; text beyond
     * {@link dev.parley.nlp.text.TextNormalizer#MAX_CHARS} characters is not read.
     *
     * @param text the customer's text as written, or {@code null}
     * @param modelVersion the version of the model bundle that carried the lexicons, reported in
     *     the result
     * @return the sentiment, never {@code null}
     * @throws NullPointerException if {@code modelVersion} is {@code null}
     */
    public Sentiment analyze(String text, String modelVersion) {
        Objects.requireNonNull(modelVersion, "modelVersion");
        TokenizedText tokens = tokenizer.tokenize(text);
        double score = scorer.compound(tokens);
        EmotionDetector.Detection emotion = emotions.detect(tokens, score);
        return new Sentiment(score, label(score), emotion.emotion(), emotion.confidence(),
                modelVersion);
    }

    /** VADER's three classes of a compound score. */
    public static SentimentLabel label(double score) {
        if (score >= POSITIVE_THRESHOLD) {
            return SentimentLabel.POSITIVE;
        }
        return score <= NEGATIVE_THRESHOLD ? SentimentLabel.NEGATIVE : SentimentLabel.NEUTRAL;
    }
}
