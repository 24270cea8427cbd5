package dev.parley.handoff;

import static dev.parley.handoff.Requests.request;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.api.Priority;
import dev.parley.api.handoff.Handoff;
import dev.parley.api.handoff.HandoffTrigger;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/** The default intent rules send each intent of the default model to its department. */
class IntentRoutingTest {

    /** The intents of the default model (bundles/model-intent-commerce-en) and out of scope. */
    static final List<String> MODEL_INTENTS = List.of("affirm", "cancel_order", "change_shipping_address",
            "complaint", "damaged_item", "delete_account", "delivery_problem", "delivery_time", "deny",
            "discount_code", "goodbye", "greeting", "invoice_request", "oos", "opening_hours", "order_status",
            "payment_problem", "product_availability", "product_recommendation", "refund_request", "reset_password", "return_item",
            "shipping_cost", "store_location", "talk_to_human", "thanks", "track_order", "unsubscribe",
            "update_address", "update_email", "update_phone", "wrong_item");

    private final ConfiguredHandoffRouter router = new ConfiguredHandoffRouter(Configs.defaults());

    @ParameterizedTest
    @CsvSource({
        "refund_request, billing", "payment_problem, billing", "invoice_request, billing",
        "delivery_problem, shipping", "damaged_item, shipping", "wrong_item, shipping", "track_order, shipping",
        "order_status, shipping", "cancel_order, shipping", "change_shipping_address, shipping",
        "return_item, shipping", "delivery_time, shipping", "shipping_cost, shipping",
        "reset_password, accounts", "update_email, accounts", "update_phone, accounts", "update_address, accounts",
        "delete_account, accounts", "unsubscribe, accounts",
        "product_availability, sales", "discount_code, sales", "product_recommendation, sales",
        "greeting, general", "complaint, general", "talk_to_human, general", "oos, general"})
    void eachIntentGoesToItsDepartment(String intent, String queue) {
        Handoff handoff = router.route(request().intent(intent).build());

        assertThat(handoff.queue()).isEqualTo(queue);
        assertThat(handoff.reason()).contains("intent " + intent)
                .contains(queue.equals("general") ? "queue general by default" : "intent rule '" + intent + "=");
    }

    @Test
    void everyIntentOfTheDefaultModelGoesToAConfiguredQueue() {
        List<String> queues = List.of("general", "billing", "shipping", "technical", "accounts", "sales");
        for (String intent : MODEL_INTENTS) {
            for (HandoffTrigger trigger : HandoffTrigger.values()) {
                assertThat(router.route(request().intent(intent).trigger(trigger).build()).queue())
                        .as("%s %s", intent, trigger).isIn(queues);
            }
        }
    }

    @Test
    void intentsMatchIgnoringCase() {
        assertThat(router.route(request().intent("Refund_Request").build()).queue()).isEqualTo("billing");
    }

    @Test
    void aPlainRequestIsNormalPriorityInTheDefaultQueueWithNoTicketYet() {
        Handoff handoff = router.route(request().intent("greeting").build());

        assertThat(handoff.priority()).isEqualTo(Priority.NORMAL);
        assertThat(handoff.ticketId()).isNull();
        assertThat(handoff.trigger()).isEqualTo(HandoffTrigger.CUSTOMER_REQUEST);
        assertThat(handoff.reason()).isEqualTo("Customer asked for a person; intent greeting;"
                + " queue general by default; priority normal by default");
    }

    @Test
    void withoutIntentTheDefaultQueueTakesOver() {
        Handoff handoff = router.route(request().trigger(HandoffTrigger.LOW_CONFIDENCE).build());

        assertThat(handoff.queue()).isEqualTo("general");
        assertThat(handoff.reason()).startsWith("Assistant did not understand the customer; intent unknown;");
    }

    @ParameterizedTest
    @EnumSource(HandoffTrigger.class)
    void theTriggerIsPassedOnAndExplained(HandoffTrigger trigger) {
        Handoff handoff = router.route(request().trigger(trigger).intent("refund_request").build());

        assertThat(handoff.trigger()).isEqualTo(trigger);
        assertThat(handoff.reason()).doesNotStartWith(";").contains("; intent refund_request;");
    }

    @Test
    void aConfiguredIntentRuleCanSetAPriorityOnly() {
        ConfiguredHandoffRouter configured = new ConfiguredHandoffRouter(
                Configs.with("intentRules", "thanks=:low, refund_request=billing:high"));

        assertThat(configured.route(request().intent("thanks").build()))
                .extracting(Handoff::queue, Handoff::priority).containsExactly("general", Priority.LOW);
        assertThat(configured.route(request().intent("refund_request").build()))
                .extracting(Handoff::queue, Handoff::priority).containsExactly("billing", Priority.HIGH);
        assertThat(configured.route(request().intent("track_order").build()).queue())
                .as("rules replace the defaults").isEqualTo("general");
    }

    @Test
    void aChangedConfigurationAppliesToTheNextHandoff() {
        ConfiguredHandoffRouter reconfigured = new ConfiguredHandoffRouter(Configs.defaults());

        reconfigured.configure(Configs.with("intentRules", "refund_request=sales:urgent"));

        assertThat(reconfigured.route(request().intent("refund_request").build()))
                .extracting(Handoff::queue, Handoff::priority).containsExactly("sales", Priority.URGENT);
    }
}
