package dev.parley.nlp.sentiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ValenceLookupTest {

    private final ValenceLookup lookup = new ValenceLookup(SentimentLexicon.of(Map.of(
            "good", 1.9, "loving", 2.9, "problem", -1.7, "happy", 2.7, "helpful", 1.8,
            "friend", 2.2, "box", 0.5, "fun", 2.3)));

    @ParameterizedTest
    @CsvSource({
        "good, good, 1.9",
        "goooood, good, 1.9",
        "lovin, loving, 2.9",
        "lovin', loving, 2.9",
        "problems, problem, -1.7",
        "friend's, friend, 2.2",
        "boxes, box, 0.5",
        "happily, happy, 2.7",
        "unhelpful, unhelpful, -1.332",
        "unfun, unfun, -1.702"})
    void findsTheLexiconEntryBehindASpelling(String token, String key, double valence) {
        ValenceLookup.Resolved resolved = lookup.resolve(token);

        assertThat(resolved.key()).isEqualTo(key);
        assertThat(resolved.valence()).isCloseTo(valence, within(1e-9));
    }

    @Test
    void boostersAndUnknownWordsHaveNoValence() {
        assertThat(lookup.resolve("very").valence()).isNaN();
        assertThat(lookup.resolve("veeery"))
                .isEqualTo(new ValenceLookup.Resolved("very", Double.NaN));
        assertThat(lookup.resolve("parcel").valence()).isNaN();
        assertThat(lookup.resolve("uncle").valence()).isNaN();
    }

    @Test
    void emojiTheLexiconLacksComeFromTheBuiltInTable() {
        assertThat(lookup.resolve("😡").valence()).isNegative();
        assertThat(lookup.resolve("😀").valence()).isPositive();
        assertThat(lookup.resolve("🦆").valence()).isNaN();
    }

    @Test
    void collapsesRunsOfACharacter() {
        assertThat(ValenceLookup.collapseRuns("sooooo", 2)).isEqualTo("soo");
        assertThat(ValenceLookup.collapseRuns("sooooo", 1)).isEqualTo("so");
        assertThat(ValenceLookup.collapseRuns("=(((", 1)).isEqualTo("=(");
    }
}
