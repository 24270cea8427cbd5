package dev.parley.nlp.intent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import dev.parley.api.nlp.IntentPrediction;
import dev.parley.api.nlp.ScoredIntent;
import dev.parley.nlp.model.ModelSource;
import dev.parley.nlp.text.LabeledText;

/** What every learner must do; a subclass per algorithm runs it. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class IntentTrainerContract {

    private IntentTrainer.Result trained;

    abstract IntentTrainer.Algorithm algorithm();

    @BeforeAll
    void train() throws Exception {
        IntentTrainer.Settings settings = IntentTrainer.Settings.defaults().withAlgorithm(algorithm())
                .withFeatures(IntentFeatures.DEFAULT, 1, 100);
        trained = new IntentTrainer(settings, message -> { }).train(ShopIntents.training(), "1.2.0");
    }

    @Test
    void classifiesParaphrasesItWasNotTrainedOn() {
        IntentModel model = trained.model();
        assertThat(model.predict("Where's my package??").intent()).isEqualTo("track_order");
        assertThat(model.predict("please cancel my order 100299").intent()).isEqualTo("cancel_order");
        assertThat(model.predict("I forgot the password of my account").intent()).isEqualTo("reset_password");
        assertThat(model.predict("Are you open on Sunday?").intent()).isEqualTo("opening_hours");
    }

    @Test
    void learnsTheExplicitOutOfScopeLabel() {
        IntentPrediction prediction = trained.model().predict("tell me a joke about the weather");

        assertThat(prediction.intent()).isEqualTo(IntentPrediction.OUT_OF_SCOPE);
        assertThat(prediction.outOfScope()).isTrue();
    }

    @Test
    void textWithoutWordsIsOutOfScope() {
        for (String text : new String[] {"", "   ", "?!?!", "\u0000\u0007", null}) {
            IntentPrediction prediction = trained.model().predict(text);
            assertThat(prediction.outOfScope()).as("'%s'", text).isTrue();
            assertThat(prediction.confidence()).isBetween(0.0, 1.0);
        }
    }

    @Test
    void alternativesAreRankedProbabilitiesFromTheVersionThatAnswered() {
        IntentPrediction prediction = trained.model().predict("track my parcel");

        assertThat(prediction.modelVersion()).isEqualTo("1.2.0");
        assertThat(prediction.alternatives()).hasSize(5);
        assertThat(prediction.alternatives().get(0).intent()).isEqualTo("track_order");
        assertThat(prediction.alternatives().get(0).confidence()).isEqualTo(prediction.confidence());
        assertThat(prediction.alternatives()).extracting(ScoredIntent::confidence)
                .isSortedAccordingTo((a, b) -> Double.compare(b, a));
        double sum = 0;
        for (double p : trained.model().probabilities("track my parcel")) {
            sum += p;
        }
        assertThat(sum).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void aSavedModelPredictsExactlyAsTheTrainedOne() throws Exception {
        Map<String, byte[]> files = trained.model().files(new Properties());
        IntentModel loaded = IntentModel.read(ModelSource.of(files), "1.2.0");

        assertThat(loaded.temperature()).isEqualTo(trained.model().temperature());
        assertThat(loaded.oosThreshold()).isEqualTo(trained.model().oosThreshold());
        for (LabeledText row : ShopIntents.training()) {
            assertThat(loaded.predict(row.text())).isEqualTo(trained.model().predict(row.text()));
        }
    }

    @Test
    void validationFiguresAreReported() {
        assertThat(trained.algorithm()).isEqualTo(algorithm());
        assertThat(trained.validation()).containsKeys("accuracy", "in_scope_accuracy", "oos_recall");
    }

    @Test
    void oneLabelIsNotEnoughToTrain() {
        List<LabeledText> rows = List.of(new LabeledText("a", "one"), new LabeledText("a", "two"));

        assertThatThrownBy(() -> new IntentTrainer(IntentTrainer.Settings.defaults(), m -> { }).train(rows, "1"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least two different labels");
    }
}
