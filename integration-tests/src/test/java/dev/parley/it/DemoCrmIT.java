package dev.parley.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import dev.parley.it.harness.Await;
import dev.parley.it.harness.ParleyContainer;
import dev.parley.it.harness.TestBundles;

/** The demo CRM of a fresh container: seeded from etc/demo-crm.json, changes kept, a broken seed file reported. */
class DemoCrmIT {

    private static final String ADA = "/it/demo/customer?email=ADA@example.com";

    @RegisterExtension
    static final ParleyContainer parley = new ParleyContainer();

    @BeforeAll
    static void deployClients(@TempDir Path work) throws Exception {
        parley.deploy(TestBundles.storeClients(work), "store-clients.jar");
        awaitServices();
    }

    @Test
    void theServicesServeTheSeedData() {
        assertThat(parley.get(ADA).body().lines()).startsWith("C-1001 Ada Lovelace vip")
                .contains("100235 PROCESSING null London", "100234 SHIPPED 00340434161234567890 London");
        assertThat(parley.log()).contains("Demo CRM: seeded from " + parley.home().resolve("etc/demo-crm.json")
                + ": 20 customers, 60 orders, 25 products");
    }

    @Test
    void changesSurviveARestartAndABrokenSeedFileIsReportedWithoutLosingData() throws Exception {
        HttpResponse<String> refused = post("/it/demo/address?order=100234&line1=1+Babbage+Lane&city=Cambridge&country=GB");
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.body()).contains("100234 is shipped and can no longer be sent to another address");
        assertThat(post("/it/demo/address?order=100235&line1=1+Babbage+Lane&city=Cambridge&country=GB").body())
                .isEqualTo("Cambridge");

        parley.stop();
        parley.writeConfiguration("demo-crm.json", "{\n  \"customers\": [\n    {\"id\": \"C-1001\",, }\n  ]\n}\n");
        parley.start();
        awaitServices();

        assertThat(parley.logLines(Pattern.compile("ERROR .*demo-crm\\.json not applied: not valid JSON: .*line 3")))
                .hasSize(1);
        assertThat(parley.get(ADA).body().lines()).startsWith("C-1001 Ada Lovelace vip")
                .contains("100235 PROCESSING null Cambridge", "100234 SHIPPED 00340434161234567890 London");
    }

    private static void awaitServices() {
        Await.until("the demo CRM's services answer", () -> parley.get(ADA).body().startsWith("C-1001"));
    }

    private static HttpResponse<String> post(String path) {
        return parley.send(HttpRequest.newBuilder(parley.uri(path)).POST(HttpRequest.BodyPublishers.noBody()));
    }
}
