package dev.parley.nlp.sentiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.parley.api.nlp.Emotion;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class EmotionLexiconTest {

    private static EmotionLexicon read(String content) throws IOException {
        return EmotionLexicon.read(
                new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void readsPhrasesEmotionsAndOptionalWeights() throws IOException {
        EmotionLexicon lexicon = read("# comment\n\nfurious\tANGER\t1.5\n"
                + "Third  Time\tfrustration\n😡\tanger\t2\n");

        assertThat(lexicon.size()).isEqualTo(3);
        assertThat(lexicon.lookup("furious"))
                .contains(new EmotionLexicon.Entry(Emotion.ANGER, 1.5));
        assertThat(lexicon.lookup("third time"))
                .contains(new EmotionLexicon.Entry(Emotion.FRUSTRATION, 1.0));
        assertThat(lexicon.lookup("😡")).contains(new EmotionLexicon.Entry(Emotion.ANGER, 2.0));
        assertThat(lexicon.lookup("calm")).isEmpty();
        assertThat(lexicon.longestPhrase()).isEqualTo(2);
    }

    @Test
    void rejectsMalformedEntriesNamingTheLine() {
        assertThatIllegalArgumentException().isThrownBy(() -> read("furious\n"))
                .withMessageContaining("line 1");
        assertThatIllegalArgumentException().isThrownBy(() -> read("ok\tJOY\nfurious\tRAGE\n"))
                .withMessageContaining("line 2").withMessageContaining("RAGE");
        assertThatIllegalArgumentException().isThrownBy(() -> read("fine\tNEUTRAL\n"))
                .withMessageContaining("NEUTRAL");
        assertThatIllegalArgumentException().isThrownBy(() -> read("wow\tSURPRISE\t0\n"))
                .withMessageContaining("outside (0, 3]");
        assertThatIllegalArgumentException().isThrownBy(() -> read("wow\tSURPRISE\tlots\n"))
                .withMessageContaining("not a number");
        assertThatIllegalArgumentException().isThrownBy(() -> read("wow\tSURPRISE\nWOW\tJOY\n"))
                .withMessageContaining("line 2").withMessageContaining("twice");
        assertThatIllegalArgumentException().isThrownBy(() -> read("wow\tJOY\t1\textra\n"))
                .withMessageContaining("line 1");
        assertThatIllegalArgumentException().isThrownBy(() -> read("# nothing\n"))
                .withMessageContaining("no entry");
    }

    @Test
    void theEnglishLexiconCoversEveryEmotionWithSeveralHundredEntries() {
        EmotionLexicon english = EmotionLexicon.english();

        assertThat(english.size()).isGreaterThan(500);
        for (Emotion emotion : Arrays.stream(Emotion.values())
                .filter(emotion -> emotion != Emotion.NEUTRAL).toList()) {
            long entries = english.entries().values().stream()
                    .filter(entry -> entry.emotion() == emotion).count();
            assertThat(entries).as(emotion.name()).isGreaterThan(40);
        }
        assertThat(english.lookup("rip off")).map(EmotionLexicon.Entry::emotion)
                .contains(Emotion.ANGER);
        assertThat(english.lookup("third time")).map(EmotionLexicon.Entry::emotion)
                .contains(Emotion.FRUSTRATION);
        assertThat(english.lookup("unauthorized")).map(EmotionLexicon.Entry::emotion)
                .contains(Emotion.FEAR);
    }
}
