package dev.parley.handoff;

import static dev.parley.handoff.Requests.request;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.api.Priority;
import dev.parley.api.handoff.Handoff;
import dev.parley.api.handoff.HandoffTrigger;
import dev.parley.api.nlp.Emotion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Tier, sentiment and trigger rules raise the priority with the default configuration. */
class PriorityRulesTest {

    private final ConfiguredHandoffRouter router = new ConfiguredHandoffRouter(Configs.defaults());

    @ParameterizedTest
    @CsvSource({"vip, HIGH", "VIP, HIGH", "' vip ', HIGH", "gold, NORMAL", "'', NORMAL"})
    void theCustomerTierRaisesThePriority(String tier, Priority expected) {
        Handoff handoff = router.route(request().intent("track_order").tier(tier).build());

        assertThat(handoff.priority()).isEqualTo(expected);
        assertThat(handoff.queue()).as("a priority-only rule leaves the queue to the intent").isEqualTo("shipping");
    }

    @ParameterizedTest
    @CsvSource({
        "-0.9, ANGER, URGENT", "0.2, ANGER, URGENT", "-0.2, FRUSTRATION, HIGH", "-0.51, SADNESS, HIGH",
        "-0.5, SADNESS, NORMAL", "-0.49, NEUTRAL, NORMAL", "0.9, JOY, NORMAL"})
    void angerAndAVeryNegativeScoreRaiseThePriority(double score, Emotion emotion, Priority expected) {
        assertThat(router.route(request().sentiment(score, emotion).build()).priority()).isEqualTo(expected);
    }

    @Test
    void withoutSentimentNoSentimentRuleMatches() {
        assertThat(router.route(request().build()).priority()).isEqualTo(Priority.NORMAL);
    }

    @Test
    void sensitiveTopicsAndUpsetCustomersAreHighByTrigger() {
        assertThat(router.route(request().trigger(HandoffTrigger.SENSITIVE_INTENT).build()).priority())
                .isEqualTo(Priority.HIGH);
        assertThat(router.route(request().trigger(HandoffTrigger.NEGATIVE_SENTIMENT).build()).priority())
                .isEqualTo(Priority.HIGH);
        assertThat(router.route(request().trigger(HandoffTrigger.SKILL_FAILURE).build()).priority())
                .isEqualTo(Priority.NORMAL);
    }

    @Test
    void aVipWhoIsAngryIsUrgent() {
        Handoff handoff = router.route(request().tier("vip").sentiment(-0.9, Emotion.ANGER).intent("refund_request")
                .reason("refund above the 200 EUR limit").build());

        assertThat(handoff.priority()).isEqualTo(Priority.URGENT);
        assertThat(handoff.queue()).isEqualTo("billing");
        assertThat(handoff.reason()).isEqualTo("Customer asked for a person; intent refund_request; customer tier vip;"
                + " queue billing by intent rule 'refund_request=billing'; priority urgent by sentiment rule"
                + " 'anger=:urgent'; refund above the 200 EUR limit");
    }

    @Test
    void theScoreThresholdIsConfigurable() {
        ConfiguredHandoffRouter strict = new ConfiguredHandoffRouter(
                Configs.with("sentimentRules", "score<-0.2=:urgent, score<0=:high"));

        assertThat(strict.route(request().sentiment(-0.3, Emotion.NEUTRAL).build()).priority())
                .isEqualTo(Priority.URGENT);
        assertThat(strict.route(request().sentiment(-0.1, Emotion.NEUTRAL).build()).priority())
                .isEqualTo(Priority.HIGH);
        assertThat(strict.route(request().sentiment(-0.9, Emotion.ANGER).build()).priority())
                .as("the default anger rule is replaced").isEqualTo(Priority.URGENT);
        assertThat(strict.route(request().sentiment(0.0, Emotion.ANGER).build()).priority())
                .isEqualTo(Priority.NORMAL);
    }

    @Test
    void theDefaultPriorityIsConfigurable() {
        ConfiguredHandoffRouter router = new ConfiguredHandoffRouter(Configs.with("defaultPriority", "LOW"));

        assertThat(router.route(request().build()).priority()).isEqualTo(Priority.LOW);
        assertThat(router.route(request().tier("vip").build()).priority()).isEqualTo(Priority.HIGH);
    }
}
