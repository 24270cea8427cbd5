package dev.parley.it.harness;

import java.time.Duration;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** The webhook bundle's inbox and outbox as its console plugin reports them, for the helpdesk adapters' tests. */
public final class WebhookQueues {

    private WebhookQueues() {
    }

    /** The figures of the inbox and outbox from the admin endpoint. */
    public static JsonObject figures(ParleyContainer parley) {
        return JsonParser.parseString(parley.getAsAdmin("/system/console/parley-outbox.json").body()).getAsJsonObject();
    }

    /** Waits until every accepted event is processed and every call delivered (or dead). */
    public static void awaitSettled(ParleyContainer parley) {
        Await.until("inbox and outbox drained", Duration.ofSeconds(60), () -> {
            JsonObject queues = figures(parley);
            return queues.getAsJsonObject("inbox").get("pending").getAsInt() == 0
                    && queues.getAsJsonObject("outbox").get("pending").getAsInt() == 0;
        });
    }
}
