package dev.parley.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.parley.api.nlp.Emotion;
import dev.parley.api.risk.MessageSignals;

class EscalationFeaturesTest {

    private static final MessageSignals CALM = new MessageSignals("Where is my order 100234?", "order_status", 0.92,
            0.1, Emotion.NEUTRAL);
    private static final MessageSignals AGAIN = new MessageSignals("where is my order", "order_status", 0.88, -0.3,
            Emotion.FRUSTRATION);
    private static final MessageSignals ANGRY = new MessageSignals("THIS IS RIDICULOUS!!!", "oos", 0.2, -0.8,
            Emotion.ANGER);

    @Test
    void describesAHandMadeConversation() {
        double[] f = EscalationFeatures.of(List.of(CALM, AGAIN, ANGRY), 2);

        assertThat(f[0]).isCloseTo(Math.log1p(3), within(1e-9));
        assertThat(f[1]).isEqualTo(-0.8);          // last sentiment
        assertThat(f[2]).isEqualTo(-0.8);          // lowest
        assertThat(f[3]).isCloseTo(0.9, within(1e-9)); // fell from 0.1 to -0.8
        assertThat(f[4]).isEqualTo(1);             // angry
        assertThat(f[5]).isCloseTo(2 / 3.0, within(1e-9));
        assertThat(f[6]).isEqualTo(1);             // the last one not understood
        assertThat(f[7]).isEqualTo(0);             // not understood, so no repeat counted
        assertThat(f[9]).isEqualTo(1.0);           // all capitals
        assertThat(f[10]).isEqualTo(3);
        assertThat(f[11]).isCloseTo(Math.log1p(2), within(1e-9));
    }

    @Test
    void countsARepeatedRequest() {
        double[] f = EscalationFeatures.of(List.of(CALM, AGAIN), 0);

        assertThat(f[7]).isEqualTo(1);
        assertThat(f[6]).isEqualTo(0);
        assertThat(f[9]).isEqualTo(0);
        assertThat(f[3]).isCloseTo(0.4, within(1e-9));
    }

    @Test
    void thePriorScoresAnAngryConversationAboveACalmOne() {
        LogisticModel prior = EscalationPrior.model();

        double calm = prior.probability(EscalationFeatures.of(List.of(CALM), 0));
        double angry = prior.probability(EscalationFeatures.of(List.of(CALM, AGAIN, ANGRY), 0));

        assertThat(calm).isLessThan(0.1);
        assertThat(angry).isGreaterThan(0.9);
        assertThat(prior.factors(EscalationFeatures.of(List.of(CALM, AGAIN, ANGRY), 0), 3))
                .extracting(f -> f.name()).contains("shouting (capital letters)");
    }

    @Test
    void casesAreLabelledByALaterHandoffAndStopAtIt() {
        Instant t = Instant.parse("2026-03-02T10:00:00Z");
        ConversationHistory escalated = new ConversationHistory("c1", "C-1", t, List.of(
                new ConversationHistory.Turn(CALM, null), new ConversationHistory.Turn(AGAIN, null),
                new ConversationHistory.Turn(ANGRY, "NEGATIVE_SENTIMENT"), new ConversationHistory.Turn(CALM, null)));
        ConversationHistory calm = new ConversationHistory("c2", "C-1", t.plusSeconds(60), List.of(
                new ConversationHistory.Turn(CALM, null)));
        ConversationHistory predicted = new ConversationHistory("c3", "C-2", t, List.of(
                new ConversationHistory.Turn(CALM, null), new ConversationHistory.Turn(AGAIN, "PREDICTED_ESCALATION")));

        Examples examples = EscalationExamples.of(List.of(calm, predicted, escalated));

        // c1: two cases before its handoff, both positive; c2: one negative case knowing C-1's earlier handoff; c3: none.
        assertThat(examples.y()).containsExactly(1, 1, 0);
        assertThat(examples.x()[2][11]).isCloseTo(Math.log1p(1), within(1e-9));
    }
}
