package dev.parley.nlp.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

class LabeledTextReaderTest {

    @Test
    void readsLabelTabTextLinesAndSkipsBlankOnes() throws IOException {
        List<LabeledText> rows = read("greeting\thello there\n\nthanks\t thank you \n");

        assertThat(rows).containsExactly(new LabeledText("greeting", "hello there"), new LabeledText("thanks", "thank you"));
    }

    @Test
    void aLineWithoutTabIsReportedWithItsNumber() {
        LabeledTextReader.MalformedLineException e = catchThrowableOfType(LabeledTextReader.MalformedLineException.class,
                () -> read("a\tone\nb\ttwo\nno tab here\n"));

        assertThat(e.lineNumber()).isEqualTo(3);
        assertThat(e.getMessage()).isEqualTo("test.tsv line 3: no tab: write label<TAB>text");
    }

    @Test
    void emptyLabelsAndTextsAreReported() {
        assertThat(catchThrowableOfType(IOException.class, () -> read("\tsome text\n")))
                .hasMessageContaining("line 1: empty label");
        assertThat(catchThrowableOfType(IOException.class, () -> read("label\t  \n")))
                .hasMessageContaining("line 1: empty text");
    }

    @Test
    void textThatIsNotUtf8IsReported() {
        byte[] latin1 = "a\tcaf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);

        assertThat(catchThrowableOfType(IOException.class,
                () -> LabeledTextReader.read(new ByteArrayInputStream(latin1), "test.tsv")))
                .hasMessageContaining("not UTF-8");
    }

    private static List<LabeledText> read(String text) throws IOException {
        return LabeledTextReader.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "test.tsv");
    }
}
