package dev.parley.nlp.intent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class IntentFeaturesTest {

    @Test
    void wordsAreLowerCaseAndNumbersBecomeTheirShape() {
        assertThat(IntentFeatures.words("Where's ORDER #100234, please?"))
                .containsExactly("where's", "order", "<num6>", "please");
    }

    @Test
    void tokensHoldWordsBigramsAndCharacterNgramsInsideWords() {
        String[] tokens = new IntentFeatures(true, 3, 4).tokens("Track parcel");

        assertThat(tokens).contains("w=track", "w=parcel", "b=track_parcel", "c=^tr", "c=^tra", "c=cel$", "c=rcel")
                .doesNotContain("c=k p");
    }

    @Test
    void featuresCanBeTurnedOff() {
        assertThat(new IntentFeatures(false, 0, 0).tokens("track my parcel"))
                .containsExactly("w=track", "w=my", "w=parcel");
    }

    @Test
    void aMessageWithoutWordsStillHasAToken() {
        assertThat(IntentFeatures.DEFAULT.tokens("!!! ???")).containsExactly("empty");
        assertThat(IntentFeatures.DEFAULT.tokens(null)).containsExactly("empty");
    }

    @Test
    void hugeInputIsCapped() {
        String[] tokens = new IntentFeatures(false, 0, 0).tokens("word ".repeat(20_000));

        assertThat(tokens.length).isLessThanOrEqualTo(1000);
    }

    @Test
    void invalidCharacterRangesAreRejected() {
        assertThatThrownBy(() -> new IntentFeatures(true, 5, 3)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("5..3");
    }
}
