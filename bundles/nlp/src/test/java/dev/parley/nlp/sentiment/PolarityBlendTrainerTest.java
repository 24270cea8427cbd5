package dev.parley.nlp.sentiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.FileNotFoundException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.parley.api.nlp.SentimentLabel;
import dev.parley.nlp.model.ModelSource;
import dev.parley.nlp.text.LabeledText;

class PolarityBlendTrainerTest {

    private static SentimentEngine lexicon;
    private static Optional<PolarityBlend> blend;

    /** Shop slang the lexicon does not know: "florb" is praise, "gronk" is a complaint. */
    private static List<LabeledText> slang(int rows) {
        List<String> subjects = List.of("the delivery", "my parcel", "the new lamp", "the courier", "this order",
                "the packaging", "your service", "the refund");
        List<LabeledText> data = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            String subject = subjects.get(i % subjects.size());
            data.add(i % 2 == 0 ? new LabeledText("positive", subject + " was totally florb " + i)
                    : new LabeledText("negative", subject + " was totally gronk " + i));
        }
        return data;
    }

    @BeforeAll
    static void train() throws Exception {
        lexicon = VaderLexiconFixture.engine();
        blend = new PolarityBlendTrainer(lexicon, message -> { }).train(slang(400));
    }

    @Test
    void learnsWhatTheLexiconDoesNotKnow() {
        assertThat(blend).isPresent();
        assertThat(blend.get().weight()).isPositive();
        SentimentModel model = new SentimentModel(lexicon, blend.get(), "2.0.0");

        SentimentModel lexiconOnly = new SentimentModel(lexicon, null, "1.0.0");
        assertThat(lexiconOnly.analyze("my order was gronk").score()).as("the lexicon alone").isZero();
        assertThat(lexiconOnly.analyze("my order was florb").score()).as("the lexicon alone").isZero();
        assertThat(model.analyze("my order was florb").score()).isPositive();
        assertThat(model.analyze("my order was gronk").score()).isNegative().isGreaterThanOrEqualTo(-1.0);
        assertThat(model.analyze("my order was gronk").modelVersion()).isEqualTo("2.0.0");
        assertThat(model.analyze("This is TERRIBLE, I am furious!!!").label()).as("the lexicon still counts")
                .isEqualTo(SentimentLabel.NEGATIVE);
    }

    @Test
    void tooFewRowsLeaveTheModelLexiconOnly() throws Exception {
        assertThat(new PolarityBlendTrainer(lexicon, message -> { }).train(slang(PolarityBlendTrainer.MIN_ROWS - 2)))
                .isEmpty();
    }

    @Test
    void aSavedBlendReadsBackWithItsWeight() throws Exception {
        Map<String, byte[]> files = blend.get().files();

        Optional<PolarityBlend> read = PolarityBlend.read(ModelSource.of(files), "2.0.0");

        assertThat(read).hasValueSatisfying(loaded -> {
            assertThat(loaded.weight()).isEqualTo(blend.get().weight());
            assertThat(loaded.adjust("it was gronk", 0)).isEqualTo(blend.get().adjust("it was gronk", 0));
        });
        assertThat(PolarityBlend.read(path -> {
            throw new FileNotFoundException(path);
        }, "1")).as("a lexicon-only bundle").isEmpty();
    }
}
