package dev.parley.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.api.conversation.CustomerRef;
import dev.parley.api.conversation.IncomingMessage;
import dev.parley.api.host.OrderLine;
import dev.parley.api.knowledge.KnowledgeHit;
import dev.parley.api.nlp.Emotion;
import dev.parley.api.nlp.Entity;
import dev.parley.api.nlp.EntityTypes;
import dev.parley.api.nlp.IntentPrediction;
import dev.parley.api.nlp.ScoredIntent;
import dev.parley.api.nlp.Sentiment;
import dev.parley.api.nlp.SentimentLabel;
import dev.parley.api.recommend.Recommendation;
import dev.parley.api.skill.SkillOutcome;
import dev.parley.api.skill.SkillResult;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The contract checks of the API records: ranges, mandatory fields, immutable collections. */
class RecordContractTest {

    private static final Instant AT = Instant.parse("2025-03-14T10:15:30Z");

    @Test
    void confidenceOutsideZeroToOneIsRejectedNamingTheFieldAndRange() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new ScoredIntent("order_status", 1.01))
                .withMessageContaining("confidence").withMessageContaining("[0.0, 1.0]");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new ScoredIntent("order_status", -0.01))
                .withMessageContaining("confidence");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new ScoredIntent("order_status", Double.NaN))
                .withMessageContaining("confidence");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> prediction("order_status", 1.5, false))
                .withMessageContaining("confidence");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Entity(EntityTypes.EMAIL, "a@b.c", "a@b.c", 0, 5, 2.0))
                .withMessageContaining("confidence");
        assertThat(new ScoredIntent("a", 0.0).confidence()).isZero();
        assertThat(new ScoredIntent("a", 1.0).confidence()).isEqualTo(1.0);
    }

    @Test
    void outOfScopeFlagMustAgreeWithIntent() {
        assertThat(prediction(IntentPrediction.OUT_OF_SCOPE, 0.7, true).outOfScope()).isTrue();
        assertThatIllegalArgumentException()
                .isThrownBy(() -> prediction(IntentPrediction.OUT_OF_SCOPE, 0.7, false))
                .withMessageContaining("outOfScope");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> prediction("order_status", 0.7, true))
                .withMessageContaining("outOfScope");
    }

    @Test
    void sentimentScoreAndEmotionConfidenceAreRangeChecked() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> sentiment(-1.2, 0.5))
                .withMessageContaining("score").withMessageContaining("[-1.0, 1.0]");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> sentiment(0.0, 1.2))
                .withMessageContaining("emotionConfidence");
        assertThat(sentiment(-1.0, 1.0).score()).isEqualTo(-1.0);
    }

    @Test
    void entitySpanMustBeNonEmptyAndStartAtOrAfterZero() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Entity(EntityTypes.DATE, "2025-03-13", "x", -1, 0, 1.0))
                .withMessageContaining("start");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Entity(EntityTypes.DATE, "2025-03-13", "", 4, 4, 1.0))
                .withMessageContaining("end");
    }

    @Test
    void scoresMustNotBeNegative() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new KnowledgeHit("a1", "Returns", "You can ...", -0.1, null))
                .withMessageContaining("score");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Recommendation("SKU-1", null, Double.NaN, null))
                .withMessageContaining("score");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new OrderLine("SKU-1", null, 0, BigDecimal.ONE))
                .withMessageContaining("quantity");
    }

    @Test
    void collectionsAreCopiedAndUnmodifiable() {
        List<ScoredIntent> alternatives = new ArrayList<>(List.of(new ScoredIntent("a", 0.9)));
        IntentPrediction prediction = new IntentPrediction("a", 0.9, alternatives, false, "1.0.0");
        alternatives.add(new ScoredIntent("b", 0.1));

        assertThat(prediction.alternatives()).containsExactly(new ScoredIntent("a", 0.9));
        assertThatThrownBy(() -> prediction.alternatives().add(new ScoredIntent("c", 0.1)))
                .isInstanceOf(UnsupportedOperationException.class);

        Map<String, String> slots = new HashMap<>(Map.of("orderNumber", "A-1"));
        SkillResult result = SkillResult.answer("ok").withSlotUpdates(slots);
        slots.put("email", "a@b.c");

        assertThat(result.slotUpdates()).containsOnlyKeys("orderNumber");
        assertThatThrownBy(() -> result.slotUpdates().put("x", "y"))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void nullCollectionsBecomeEmpty() {
        assertThat(new IntentPrediction("a", 0.9, null, false, "1.0.0").alternatives()).isEmpty();
        assertThat(message("hi").attributes()).isEmpty();
        assertThat(new SkillResult("ok", null, null, SkillOutcome.ANSWERED, null).quickReplies())
                .isEmpty();
    }

    @Test
    void incomingMessageRejectsBlankTextAndMessageId() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> message(" \t\n"))
                .withMessageContaining("text");
        assertThatNullPointerException()
                .isThrownBy(() -> message(null))
                .withMessage("text");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new IncomingMessage("rest", null, " ", null, "hi", AT, null, null))
                .withMessageContaining("messageId");
        assertThatNullPointerException()
                .isThrownBy(() -> new IncomingMessage("rest", null, null, null, "hi", AT, null, null))
                .withMessage("messageId");
    }

    @Test
    void incomingMessageWithoutCustomerIsAnonymous() {
        assertThat(message("hi").customer()).isEqualTo(CustomerRef.anonymous());
    }

    @Test
    void skillResultNeedsTextUnlessHandoffOrFailed() {
        assertThatNullPointerException()
                .isThrownBy(() -> new SkillResult(null, null, null, SkillOutcome.ANSWERED, null))
                .withMessageContaining("text");
        assertThat(SkillResult.failed(null).text()).isNull();
        assertThat(SkillResult.handoff("refund above limit").text()).isNull();
    }

    @Test
    void handoffResultNeedsAReason() {
        assertThatNullPointerException()
                .isThrownBy(() -> SkillResult.handoff(null))
                .withMessageContaining("handoffReason");
    }

    private static IntentPrediction prediction(String intent, double confidence, boolean oos) {
        return new IntentPrediction(intent, confidence, List.of(), oos, "1.0.0");
    }

    private static Sentiment sentiment(double score, double emotionConfidence) {
        return new Sentiment(score, SentimentLabel.NEUTRAL, Emotion.NEUTRAL, emotionConfidence,
                "1.0.0");
    }

    private static IncomingMessage message(String text) {
        return new IncomingMessage("rest", null, "m-1", null, text, AT, null, null);
    }
}
