package dev.parley.nlp.sentiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SentimentLexiconTest {

    private static SentimentLexicon read(String content) throws IOException {
        return SentimentLexicon.read(
                new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void readsTheFirstTwoColumnsOfVadersFormat() throws IOException {
        SentimentLexicon lexicon = read("good\t1.9\t0.9434\t[2, 1, 2]\r\n"
                + ":)\t2.0\t1.1\t[1, 2]\r\n\r\nbad\t-2.5\n");

        assertThat(lexicon.size()).isEqualTo(3);
        assertThat(lexicon.valence("good")).hasValue(1.9);
        assertThat(lexicon.valence(":)")).hasValue(2.0);
        assertThat(lexicon.valence("bad")).hasValue(-2.5);
        assertThat(lexicon.valence("ugly")).isEmpty();
        assertThat(lexicon.contains("good")).isTrue();
    }

    @Test
    void tokensAreLowerCasedAndTheFirstOfTwoEntriesCounts() throws IOException {
        SentimentLexicon lexicon = read("D:\t-2.9\nd:\t1.2\nLOL\t2.9\n");

        assertThat(lexicon.valence("d:")).hasValue(-2.9);
        assertThat(lexicon.valence("lol")).hasValue(2.9);
        assertThat(lexicon.valence("LOL")).isEmpty();
    }

    @Test
    void bytesThatAreNotUtf8DoNotStopLoading() throws IOException {
        byte[] latin1 = ":-\u00DE\t0.9\ngood\t1.9\n".getBytes(StandardCharsets.ISO_8859_1);

        SentimentLexicon lexicon = SentimentLexicon.read(new ByteArrayInputStream(latin1));

        assertThat(lexicon.valence("good")).hasValue(1.9);
        assertThat(lexicon.size()).isEqualTo(2);
    }

    @Test
    void rejectsMalformedLinesNamingTheLine() {
        assertThatIllegalArgumentException().isThrownBy(() -> read("good\t1.9\nbad\n"))
                .withMessageContaining("line 2");
        assertThatIllegalArgumentException().isThrownBy(() -> read("good\tvery\n"))
                .withMessageContaining("line 1").withMessageContaining("not a number");
        assertThatIllegalArgumentException().isThrownBy(() -> read("good\t4.5\n"))
                .withMessageContaining("outside [-4, 4]");
        assertThatIllegalArgumentException().isThrownBy(() -> read("good\tNaN\n"))
                .withMessageContaining("outside [-4, 4]");
        assertThatIllegalArgumentException().isThrownBy(() -> read("\n\n"))
                .withMessageContaining("no entry");
    }

    @Test
    void buildsFromAMap() {
        SentimentLexicon lexicon = SentimentLexicon.of(Map.of("Great", 3.1));

        assertThat(lexicon.valence("great")).hasValue(3.1);
        assertThatIllegalArgumentException().isThrownBy(() -> SentimentLexicon.of(Map.of()));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> SentimentLexicon.of(Map.of("x", -5.0)));
    }

    @Test
    void theRealVaderLexiconLoads() {
        SentimentLexicon lexicon = VaderLexiconFixture.lexicon();

        assertThat(lexicon.size()).isGreaterThan(7_000);
        assertThat(lexicon.valence("great")).hasValue(3.1);
        assertThat(lexicon.valence(":(")).hasValue(-1.9);
    }
}
