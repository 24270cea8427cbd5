package dev.parley.assistant;

import java.util.Map;
import java.util.Optional;

/**
 * How the default model's intents read to a customer: as a topic ("a refund") in greetings and
 * tickets, and as a quick reply the customer can tap ("I want a refund") that the classifier
 * recognizes again.
 */
final class IntentPhrases {

    private record Phrases(String topic, String quickReply) {
    }

    private static final Map<String, Phrases> PHRASES = Map.ofEntries(
            Map.entry("order_status", new Phrases("the status of an order", "Where is my order?")),
            Map.entry("track_order", new Phrases("tracking a parcel", "Track my parcel")),
            Map.entry("cancel_order", new Phrases("cancelling an order", "Cancel my order")),
            Map.entry("change_shipping_address", new Phrases("a shipping address", "Change the delivery address")),
            Map.entry("refund_request", new Phrases("a refund", "I want a refund")),
            Map.entry("return_item", new Phrases("a return", "Return an item")),
            Map.entry("damaged_item", new Phrases("a damaged item", "My item arrived damaged")),
            Map.entry("wrong_item", new Phrases("a wrong item", "I received the wrong item")),
            Map.entry("delivery_problem", new Phrases("a delivery problem", "My delivery has a problem")),
            Map.entry("delivery_time", new Phrases("delivery times", "How long does delivery take?")),
            Map.entry("shipping_cost", new Phrases("shipping costs", "How much is shipping?")),
            Map.entry("payment_problem", new Phrases("a payment problem", "I have a payment problem")),
            Map.entry("invoice_request", new Phrases("an invoice", "I need an invoice")),
            Map.entry("discount_code", new Phrases("a discount code", "My discount code doesn't work")),
            Map.entry("product_availability", new Phrases("product availability", "Is a product in stock?")),
            Map.entry("product_recommendation", new Phrases("product suggestions", "Any suggestions for me?")),
            Map.entry("opening_hours", new Phrases("opening hours", "What are your opening hours?")),
            Map.entry("store_location", new Phrases("our store location", "Where is your store?")),
            Map.entry("reset_password", new Phrases("a password reset", "Reset my password")),
            Map.entry("update_address", new Phrases("your address", "Update my address")),
            Map.entry("update_email", new Phrases("your e-mail address", "Change my e-mail address")),
            Map.entry("update_phone", new Phrases("your phone number", "Change my phone number")),
            Map.entry("unsubscribe", new Phrases("unsubscribing", "Unsubscribe me")),
            Map.entry("delete_account", new Phrases("deleting your account", "Delete my account")),
            Map.entry("complaint", new Phrases("a complaint", "I want to complain")),
            Map.entry("talk_to_human", new Phrases("talking to a person", "Talk to a person")));

    private IntentPhrases() {
    }

    /** The intent as a topic, e.g. "a refund"; the intent name with spaces when unknown. */
    static String topic(String intent) {
        Phrases phrases = PHRASES.get(intent);
        return phrases != null ? phrases.topic() : intent.replace('_', ' ');
    }

    /** A quick reply that asks for the intent, if there is one. */
    static Optional<String> quickReply(String intent) {
        return Optional.ofNullable(PHRASES.get(intent)).map(Phrases::quickReply);
    }
}
