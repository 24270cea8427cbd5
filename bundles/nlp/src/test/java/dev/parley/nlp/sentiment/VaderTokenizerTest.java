package dev.parley.nlp.sentiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class VaderTokenizerTest {

    private final VaderTokenizer tokenizer = new VaderTokenizer(new ValenceLookup(
            SentimentLexicon.of(Map.of("good", 1.9, ":)", 2.0, "<3", 1.9, "no", -1.2, "like", 2.0))));

    private List<String> texts(String message) {
        return tokenizer.tokenize(message).tokens().stream().map(Token::text).toList();
    }

    @Test
    void stripsPunctuationFromWordsButKeepsEmoticonsAndContractions() {
        assertThat(texts("\"Good!!!\" no, I don't :) (really)"))
                .containsExactly("Good", "no", "I", "don't", ":)", "really");
    }

    @Test
    void splitsEmojiIntoTokensWithoutTheirModifiers() {
        assertThat(texts("great👍🏽👍 ok❤️")).containsExactly("great", "👍", "👍", "ok", "❤");
    }

    @Test
    void decodesHtmlEntitiesAndTypographicApostrophes() {
        assertThat(texts("I &lt;3 it &amp; don’t &#39;mind&#39; &bogus; &#0;"))
                .containsExactly("I", "<3", "it", "&", "don't", "mind", "bogus", "0");
    }

    @Test
    void countsPunctuationAndCapitals() {
        TokenizedText text = tokenizer.tokenize("Really GOOD!! Why?? ok");

        assertThat(text.exclamationMarks()).isEqualTo(2);
        assertThat(text.questionMarks()).isEqualTo(2);
        assertThat(text.capsDifferential()).isTrue();
        assertThat(tokenizer.tokenize("ALL CAPS HERE").capsDifferential()).isFalse();
    }

    @Test
    void numbersSentencesAndMarksQuestions() {
        List<Token> tokens = tokenizer.tokenize("Is it good? Yes. It is; fine").tokens();

        assertThat(tokens).extracting(Token::clause).containsExactly(0, 0, 0, 1, 2, 2, 3);
        assertThat(tokens).extracting(Token::inQuestion)
                .containsExactly(true, true, true, false, false, false, false);
    }

    @Test
    void likeHasValenceOnlyAsAVerbAndTooBeforeAWordIsExcess() {
        List<Token> tokens = tokenizer.tokenize("I like it, looks like rain, too late, me too")
                .tokens();

        assertThat(tokens).extracting(Token::valence).containsExactly(Double.NaN, 2.0,
                Double.NaN, Double.NaN, Double.NaN, Double.NaN, -1.0, Double.NaN, Double.NaN,
                Double.NaN);
    }

    @Test
    void keepsWordsForTheEmotionLexicon() {
        assertThat(tokenizer.tokenize("RIP-OFF!!! :)").tokens()).extracting(Token::word)
                .containsExactly("rip-off", ":)");
    }

    @Test
    void emptyTextHasNoTokens() {
        assertThat(tokenizer.tokenize(null).size()).isZero();
        assertThat(tokenizer.tokenize(" \t ").size()).isZero();
    }
}
