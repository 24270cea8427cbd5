package dev.parley.handoff;

import static dev.parley.handoff.Requests.request;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.api.Priority;
import dev.parley.api.handoff.Handoff;
import dev.parley.api.handoff.HandoffRequest;
import dev.parley.api.handoff.HandoffTrigger;
import dev.parley.api.nlp.Emotion;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The queue comes from the first matching rule in ruleOrder (trigger, keyword, intent, tier,
 * sentiment by default), the priority from the highest of all matching rules.
 */
class RuleOrderTest {

    /** One rule of each kind matches this request, each naming a different queue. */
    private static final Map<String, Object> ONE_RULE_PER_KIND = Map.of(
            "triggerRules", "policy=technical",
            "keywordRules", "chargeback=billing",
            "intentRules", "track_order=shipping",
            "tierRules", "vip=sales",
            "sentimentRules", "anger=accounts");

    private static final HandoffRequest MATCHES_ALL = request().trigger(HandoffTrigger.POLICY)
            .text("Where is my parcel? Or I file a chargeback").intent("track_order").tier("vip")
            .sentiment(-0.8, Emotion.ANGER).build();

    @Test
    void byDefaultTheTriggerRuleComesFirst() {
        assertThat(queue(ONE_RULE_PER_KIND, MATCHES_ALL)).isEqualTo("technical");
    }

    @Test
    void aPredictedEscalationHasATriggerRuleOfItsOwn() {
        Map<String, Object> rules = Map.of("triggerRules", "predicted_escalation=billing");

        assertThat(queue(rules, request().trigger(HandoffTrigger.PREDICTED_ESCALATION).build())).isEqualTo("billing");
        assertThat(queue(rules, request().trigger(HandoffTrigger.NEGATIVE_SENTIMENT).build())).isEqualTo("general");
    }

    @Test
    void eachKindDecidesWhenTheKindsBeforeItDoNotMatch() {
        assertThat(queue(ONE_RULE_PER_KIND, request().text("a chargeback").intent("track_order").tier("vip").build()))
                .isEqualTo("billing");
        assertThat(queue(ONE_RULE_PER_KIND, request().intent("track_order").tier("vip").build()))
                .isEqualTo("shipping");
        assertThat(queue(ONE_RULE_PER_KIND, request().tier("vip").sentiment(-0.8, Emotion.ANGER).build()))
                .isEqualTo("sales");
        assertThat(queue(ONE_RULE_PER_KIND, request().sentiment(-0.8, Emotion.ANGER).build())).isEqualTo("accounts");
        assertThat(queue(ONE_RULE_PER_KIND, request().build())).isEqualTo("general");
    }

    @Test
    void ruleOrderChangesWhichKindDecides() {
        Map<String, Object> reordered = new java.util.HashMap<>(ONE_RULE_PER_KIND);
        reordered.put("ruleOrder", "sentiment, tier, intent, keyword, trigger");
        assertThat(queue(reordered, MATCHES_ALL)).isEqualTo("accounts");

        reordered.put("ruleOrder", "intent, keyword");
        assertThat(queue(reordered, MATCHES_ALL)).as("kinds left out follow in the default order")
                .isEqualTo("shipping");
        assertThat(Configs.read(Configs.with(reordered)).problems())
                .containsExactly("ruleOrder does not list [trigger, tier, sentiment];"
                        + " they follow the listed kinds in their default order");
    }

    @Test
    void withinAKindTheFirstRuleWrittenWins() {
        Map<String, Object> properties = Map.of("keywordRules", "refund=billing, parcel=shipping");
        HandoffRequest both = request().text("refund for the parcel").build();

        assertThat(queue(properties, both)).isEqualTo("billing");
        assertThat(queue(Map.of("keywordRules", "parcel=shipping, refund=billing"), both)).isEqualTo("shipping");
    }

    @Test
    void theDefaultRulesLetASensitiveWordOutrankTheIntent() {
        ConfiguredHandoffRouter router = new ConfiguredHandoffRouter(Configs.defaults());

        Handoff handoff = router.route(request().intent("track_order")
                .text("Third time I ask where my parcel is, my lawyer will hear about this").build());

        assertThat(handoff.queue()).isEqualTo("general");
        assertThat(handoff.priority()).isEqualTo(Priority.URGENT);
        assertThat(handoff.reason()).contains("queue general by keyword rule 'lawyer*|")
                .contains("priority urgent by keyword rule 'lawyer*|");
    }

    @Test
    void thePriorityIsTheHighestOfAllMatchingRulesWhateverTheOrder() {
        Map<String, Object> properties = Map.of(
                "triggerRules", "customer_request=:low",
                "intentRules", "track_order=shipping:normal",
                "tierRules", "gold=:urgent",
                "sentimentRules", "anger=:high",
                "ruleOrder", "trigger, intent, tier, sentiment, keyword");
        ConfiguredHandoffRouter router = new ConfiguredHandoffRouter(Configs.with(properties));

        Handoff handoff = router.route(request().intent("track_order").tier("gold").sentiment(-0.9, Emotion.ANGER)
                .build());

        assertThat(handoff.queue()).isEqualTo("shipping");
        assertThat(handoff.priority()).isEqualTo(Priority.URGENT);
        assertThat(handoff.reason()).contains("priority urgent by tier rule 'gold=:urgent'")
                .doesNotContain("anger");
        assertThat(router.route(request().build()).priority()).as("a rule may also lower the default")
                .isEqualTo(Priority.LOW);
    }

    @Test
    void equalPrioritiesAreAllNamed() {
        Handoff handoff = new ConfiguredHandoffRouter(Configs.defaults())
                .route(request().tier("vip").sentiment(-0.7, Emotion.FRUSTRATION).build());

        assertThat(handoff.priority()).isEqualTo(Priority.HIGH);
        assertThat(handoff.reason()).contains("priority high by tier rule 'vip=:high' and sentiment rule"
                + " 'frustration=:high' and sentiment rule 'score<-0.5=:high'");
    }

    private static String queue(Map<String, Object> properties, HandoffRequest request) {
        return new ConfiguredHandoffRouter(Configs.with(properties)).route(request).queue();
    }
}
