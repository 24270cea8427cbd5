package dev.parley.assistant;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PhraseMatcherTest {

    private final PhraseMatcher matcher = new PhraseMatcher(List.of("real person", "agent", "gdpr"));

    @Test
    void matchesWholeWordsWhateverCasePunctuationAndSpacing() {
        assertThat(matcher.matches("I want a REAL    person!")).isTrue();
        assertThat(matcher.matches("real-person please")).isTrue();
        assertThat(matcher.matches("agents?")).isTrue();
        assertThat(matcher.matches("G.D.P.R.")).isFalse();
        assertThat(matcher.matches("GDPR!")).isTrue();
    }

    @Test
    void doesNotMatchInsideOtherWords() {
        assertThat(matcher.matches("the agenda")).isFalse();
        assertThat(matcher.matches("surreal personality")).isFalse();
        assertThat(matcher.matches("reagent")).isFalse();
    }

    @Test
    void ignoresAccents() {
        assertThat(new PhraseMatcher(List.of("operator")).matches("Opérator")).isTrue();
    }

    @Test
    void withoutPhrasesNothingMatches() {
        assertThat(new PhraseMatcher(List.of()).matches("anything")).isFalse();
    }
}
