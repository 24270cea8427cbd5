package dev.parley.handoff;

import static dev.parley.handoff.Requests.request;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.api.Priority;
import dev.parley.api.handoff.Handoff;
import dev.parley.api.handoff.HandoffTrigger;
import dev.parley.api.nlp.Emotion;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A wrong entry is reported once, naming the property, the entry and what is wrong, and skipped;
 * the rest of the configuration still applies, and only configured queues are ever returned.
 */
class ConfigurationProblemsTest {

    @Test
    void theDefaultConfigurationHasNoProblem() {
        assertThat(Configs.read(Configs.defaults()).problems()).isEmpty();
    }

    @Test
    void aRuleNamingAnUnknownQueueRoutesToTheDefaultQueueAndIsReported() {
        RoutingPolicyReader.Result result = Configs.read(Configs.with("intentRules",
                "refund_request=legal:high, track_order=Shipping"));

        assertThat(result.problems()).containsExactly("intentRules entry 'refund_request=legal:high' names queue"
                + " 'legal', which is not one of the queues (general, billing, shipping, technical, accounts, sales);"
                + " it routes to the default queue 'general' until the queue is added or the rule corrected");
        Handoff refund = result.policy().route(request().intent("refund_request").build());
        assertThat(refund.queue()).isEqualTo("general");
        assertThat(refund.priority()).as("the rule's priority still applies").isEqualTo(Priority.HIGH);
        assertThat(result.policy().route(request().intent("track_order").build()).queue())
                .as("queue names ignore case and are returned as configured").isEqualTo("shipping");
    }

    @Test
    void addingTheQueueMakesTheRuleValid() {
        RoutingPolicyReader.Result result = Configs.read(Configs.with("intentRules", "refund_request=legal",
                "queues", "general, legal, billing, accounts"));

        assertThat(result.problems()).isEmpty();
        assertThat(result.policy().route(request().intent("refund_request").build()).queue()).isEqualTo("legal");
    }

    @ParameterizedTest
    @CsvSource(delimiterString = " # ", value = {
        "intentRules # refund_request # is not <condition>=<queue>[:<priority>] or <condition>=:<priority>; skipped",
        "intentRules # =billing # is not <condition>=<queue>[:<priority>] or <condition>=:<priority>; skipped",
        "intentRules # refund_request= # is not <condition>=<queue>[:<priority>] or <condition>=:<priority>; skipped",
        "intentRules # refund request=billing # has 'refund request', which is not an intent name (letters, digits,"
                + " '_', '-' or '.'); skipped",
        "intentRules # refund_request=billing:asap # has priority 'asap', which is not one of low, normal, high,"
                + " urgent; skipped",
        "triggerRules # angry_customer=billing # has trigger 'angry_customer', which is not one of customer_request,"
                + " negative_sentiment, low_confidence, sensitive_intent, skill_failure, policy, predicted_escalation; skipped",
        "keywordRules # fraud||scam=billing # has an empty keyword: remove the extra '|'; skipped",
        "keywordRules # fr(a)ud=billing # has 'fr(a)ud', which is not a word or phrase (letters, digits, spaces,"
                + " ' . & -, and an optional * at the end); skipped",
        "sentimentRules # rage=:high # has condition 'rage', which is neither an emotion (anger, frustration, sadness,"
                + " fear, joy, surprise, neutral) nor score<<number between -1 and 1>; skipped",
        "sentimentRules # score<-2=:high # has score threshold '-2', which is not a number between -1 and 1; skipped",
        "sentimentRules # score<low=:high # has score threshold 'low', which is not a number between -1 and 1;"
                + " skipped"})
    void anInvalidRuleIsReportedAndSkippedWhileTheOthersApply(String property, String entry, String problem) {
        String valid = Map.of("intentRules", "greeting=technical", "triggerRules", "policy=technical",
                "keywordRules", "parcel=technical", "sentimentRules", "fear=technical").get(property);
        RoutingPolicyReader.Result result = Configs.read(Configs.with(property, new String[] {entry, valid}));

        assertThat(result.problems()).containsExactly(property + " entry '" + entry + "' " + problem);
        assertThat(result.policy().rules()).extracting(Rule::written).doesNotContain(entry).contains(valid);
        Handoff handoff = result.policy().route(request().trigger(HandoffTrigger.POLICY).intent("greeting")
                .text("my parcel").sentiment(-0.1, Emotion.FEAR).build());
        assertThat(handoff.queue()).isEqualTo("technical");
    }

    @Test
    void eachProblemIsReportedAndTheValidEntriesOfTheSamePropertyStillApply() {
        RoutingPolicyReader.Result result = Configs.read(Configs.with("intentRules",
                "refund_request=billing, nonsense, track_order=shipping:soon, cancel_order=shipping"));

        assertThat(result.problems()).hasSize(2).allMatch(p -> p.startsWith("intentRules entry '"));
        assertThat(result.policy().route(request().intent("refund_request").build()).queue()).isEqualTo("billing");
        assertThat(result.policy().route(request().intent("cancel_order").build()).queue()).isEqualTo("shipping");
        assertThat(result.policy().route(request().intent("track_order").build()).queue()).isEqualTo("general");
    }

    @Test
    void aTypedConfigurationMayGiveEachEntryAsAnArrayElement() {
        RoutingPolicyReader.Result result = Configs.read(Configs.with("intentRules",
                new String[] {"refund_request=billing", " cancel_order=shipping , track_order=shipping "}));

        assertThat(result.problems()).isEmpty();
        assertThat(result.policy().rules()).extracting(Rule::written)
                .containsSubsequence("refund_request=billing", "cancel_order=shipping", "track_order=shipping");
    }

    @Test
    void invalidQueueNamesAreSkippedAndAnUnknownDefaultQueueIsReplaced() {
        RoutingPolicyReader.Result result = Configs.read(Configs.with("queues", "billing, bill:ing, billing, help desk",
                "defaultQueue", "genral"));

        assertThat(result.policy().queues().names()).containsExactly("billing", "help desk");
        assertThat(result.policy().queues().defaultQueue()).isEqualTo("billing");
        assertThat(result.problems()).contains(
                "queues entry 'bill:ing' is not a queue name: use letters, digits, spaces, '_', '-' or '.'; skipped",
                "queues entry 'billing' is listed twice; the first one applies",
                "defaultQueue 'genral' is not one of the queues (billing, help desk); using 'billing': add it to queues"
                        + " or name one of them");
        assertThat(result.policy().route(request().intent("track_order").build()).queue())
                .as("rules naming removed queues fall back").isEqualTo("billing");
    }

    @Test
    void withoutAnyValidQueueTheDefaultQueuesApply() {
        RoutingPolicyReader.Result result = Configs.read(Configs.with("queues", ", ,"));

        assertThat(result.policy().queues().names()).containsExactly("general", "billing", "shipping", "technical",
                "accounts", "sales");
        assertThat(result.problems()).containsExactly("queues lists no valid queue; using the defaults general,"
                + " billing, shipping, technical, accounts, sales");
    }

    @Test
    void invalidSingleValuesAreReplacedByTheirDefault() {
        RoutingPolicyReader.Result result = Configs.read(Configs.with(Map.of("defaultPriority", "critical",
                "ruleOrder", "intent, topic, intent", "timeZone", "Berlin")));

        assertThat(result.policy().defaultPriority()).isEqualTo(Priority.NORMAL);
        assertThat(result.policy().calendar().zone().getId()).isEqualTo("Europe/Berlin");
        assertThat(result.problems()).containsExactlyInAnyOrder(
                "defaultPriority 'critical', which is not one of low, normal, high, urgent; using normal",
                "ruleOrder entry 'topic' is not a kind of rule: write trigger, keyword, intent, tier and sentiment in"
                        + " the order they choose the queue; skipped",
                "ruleOrder entry 'intent' is listed twice; the first place applies",
                "ruleOrder does not list [trigger, keyword, tier, sentiment]; they follow the listed kinds in their"
                        + " default order",
                "timeZone 'Berlin' is not a time zone; using Europe/Berlin: write a region id such as Europe/Berlin or"
                        + " America/New_York");
    }

    @Test
    void onlyConfiguredQueuesAreEverReturned() {
        ConfiguredHandoffRouter router = new ConfiguredHandoffRouter(Configs.with(Map.of("queues", "front, back",
                "defaultQueue", "front", "intentRules", "refund_request=billing, track_order=back")));

        for (String intent : IntentRoutingTest.MODEL_INTENTS) {
            assertThat(router.route(request().intent(intent).text("fraud lawyer hacked").tier("vip").build()).queue())
                    .isIn(List.of("front", "back"));
        }
    }
}
