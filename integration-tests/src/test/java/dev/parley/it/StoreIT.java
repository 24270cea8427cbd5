package dev.parley.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import dev.parley.it.harness.Await;
import dev.parley.it.harness.ParleyContainer;
import dev.parley.it.harness.TestBundles;

/** The conversation store of a fresh container: embedded H2 under data/, healthy, kept across restarts. */
class StoreIT {

    @RegisterExtension
    static final ParleyContainer parley = new ParleyContainer();

    @BeforeAll
    static void deployClients(@TempDir Path work) throws Exception {
        parley.deploy(TestBundles.storeClients(work), "store-clients.jar");
        awaitClients();
    }

    @Test
    void theStoreRunsOnAnH2FileUnderDataAndSaysSoInHealth() {
        assertThat(parley.healthMessages("Conversation store")).singleElement().asString()
                .startsWith("OK H2 2.")
                .contains("jdbc:h2:file:" + parley.home().resolve("data/db/parley"))
                .contains("schema version 2");
        assertThat(parley.home().resolve("data/db/parley.mv.db")).isRegularFile();
    }

    @Test
    void aConversationContinuesAfterARestart() throws Exception {
        String id = post("/it/store/open?channel=web&external=it-restart").body();
        assertThat(post("/it/store/turn?id=" + id + "&message=it-m1&text=Where+is+100234&slot=100234").body()).isEqualTo("2");

        parley.stop();
        parley.start();
        awaitClients();

        assertThat(parley.get("/it/store/transcript?id=" + id).body().lines()).containsExactly(
                "1 CUSTOMER Where is 100234", "2 ASSISTANT noted", "state ASSISTANT {orderNumber=100234} 2");
        assertThat(post("/it/store/open?channel=web&external=it-restart").body()).isEqualTo(id);
        assertThat(post("/it/store/turn?id=" + id + "&message=it-m2&text=thanks&slot=100234").body()).isEqualTo("3");
        assertThat(post("/it/store/turn?id=" + id + "&message=it-m2&text=thanks&slot=100234").body())
                .contains("DuplicateMessageException");
    }

    @Test
    void anUnreachableDatabaseIsCriticalWithItsReasonUntilTheConfigurationIsFixed() {
        parley.writeConfiguration("dev.parley.store.cfg",
                "url=jdbc:postgresql://127.0.0.1:1/parley\nuser=parley\npassword=never-logged\n");
        try {
            Await.until("the store reports the database unreachable", () -> parley.healthMessages("Conversation store")
                    .stream().anyMatch(m -> m.startsWith("CRITICAL Conversation store not available: database unreachable")));
            assertThat(parley.get("/system/health?tags=store").statusCode()).isEqualTo(503);
            assertThat(parley.log()).doesNotContain("never-logged");
        } finally {
            parley.writeConfiguration("dev.parley.store.cfg", "# embedded H2 (default)\n");
        }
        Await.until("the store is back on H2", () -> parley.healthMessages("Conversation store").stream()
                .anyMatch(m -> m.startsWith("OK H2 2.")));
        awaitClients();
    }

    @Test
    void withoutItsConfigurationFileTheStoreSaysWhatIsMissing() {
        parley.deleteConfiguration("dev.parley.store.cfg");
        try {
            Await.until("the store reports its missing configuration", () -> parley.healthMessages("Conversation store")
                    .stream().anyMatch(m -> m.startsWith("CRITICAL Conversation store not available: no configuration "
                            + "dev.parley.store; restore etc/dev.parley.store.cfg")));
        } finally {
            parley.writeConfiguration("dev.parley.store.cfg", "# embedded H2 (default)\n");
        }
        Await.until("the store is back on H2", () -> parley.healthMessages("Conversation store").stream()
                .anyMatch(m -> m.startsWith("OK H2 2.")));
        awaitClients();
    }

    private static void awaitClients() {
        Await.until("the store's test client answers", () -> parley.get("/it/store/transcript?id=none").statusCode() == 200);
    }

    private static HttpResponse<String> post(String path) {
        return parley.send(HttpRequest.newBuilder(parley.uri(path)).POST(HttpRequest.BodyPublishers.noBody()));
    }
}
