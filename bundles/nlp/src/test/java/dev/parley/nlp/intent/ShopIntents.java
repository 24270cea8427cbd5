package dev.parley.nlp.intent;

import java.util.ArrayList;
import java.util.List;

import dev.parley.nlp.text.LabeledText;

/** A small hand-written data set for unit tests: a few shop intents and out-of-scope rows. */
final class ShopIntents {

    private ShopIntents() {
    }

    static List<LabeledText> training() {
        List<LabeledText> rows = new ArrayList<>();
        add(rows, "track_order", "where is my parcel", "can you send me the tracking link", "track my package please",
                "what is the tracking number of my order", "where is my package right now", "i want to track my delivery",
                "parcel tracking", "show me where my shipment is", "has the courier picked up my parcel",
                "tracking code for order 100234");
        add(rows, "cancel_order", "cancel my order", "i want to cancel the order i placed", "please cancel order 100235",
                "i changed my mind cancel it", "stop my order before it ships", "can i still cancel my purchase",
                "cancel the purchase i made yesterday", "i do not want the order anymore", "how do i cancel an order",
                "cancel everything i ordered");
        add(rows, "reset_password", "i forgot my password", "reset my password", "cant log in to my account",
                "the login does not accept my password", "how do i change my password", "password reset link please",
                "locked out of my account", "i need a new password", "my password is not working",
                "send me a password reset email");
        add(rows, "opening_hours", "when are you open", "what are your opening hours", "are you open on sunday",
                "what time do you close today", "opening times please", "is the shop open on saturday",
                "until when are you open tonight", "hours of the store", "what time do you open tomorrow",
                "are you open on public holidays");
        add(rows, "oos", "what is the weather like", "tell me a joke", "who won the football game",
                "what is the capital of france", "how tall is mount everest", "play some music",
                "what is two plus two", "book me a flight to rome", "i like turtles", "sing a song");
        return rows;
    }

    private static void add(List<LabeledText> rows, String label, String... texts) {
        for (String text : texts) {
            rows.add(new LabeledText(label, text));
        }
    }
}
