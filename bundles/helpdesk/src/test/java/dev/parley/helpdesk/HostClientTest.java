package dev.parley.helpdesk;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.parley.webhook.DeliveryResult;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HostClientTest {

    private final HostClient client = new HostClient("test");
    private final AtomicReference<String> received = new AtomicReference<>();
    private volatile int status = 200;
    private volatile String retryAfter;
    private HttpServer server;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            received.set(exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath() + " "
                    + exchange.getRequestHeaders().getFirst("Authorization") + " "
                    + new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            if (retryAfter != null) {
                exchange.getResponseHeaders().set("Retry-After", retryAfter);
            }
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private URI base() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    private DeliveryResult send() throws InterruptedException {
        return client.send(base(), "Basic abc", new HostRequest("PUT", "/api/v2/tickets/7.json", "{\"a\":1}"));
    }

    @Test
    void sendsMethodPathCredentialsAndBodyAndA2xxIsDelivered() throws Exception {
        assertThat(send()).isEqualTo(DeliveryResult.delivered());
        assertThat(received.get()).isEqualTo("PUT /api/v2/tickets/7.json Basic abc {\"a\":1}");
    }

    @Test
    void throttlingHonoursRetryAfter() throws Exception {
        status = 429;
        retryAfter = "7";

        DeliveryResult result = send();

        assertThat(result.outcome()).isEqualTo(DeliveryResult.Outcome.RETRY);
        assertThat(result.retryAfter()).isEqualTo(Duration.ofSeconds(7));
        assertThat(result.reason()).contains("HTTP 429").doesNotContain("Basic abc");
    }

    @Test
    void serverErrorsAndCredentialProblemsAreRetriedOtherClientErrorsFail() throws Exception {
        status = 503;
        assertThat(send().outcome()).isEqualTo(DeliveryResult.Outcome.RETRY);
        status = 401;
        assertThat(send().reason()).contains("check the adapter's API credentials");
        status = 404;
        assertThat(send().outcome()).isEqualTo(DeliveryResult.Outcome.FAILED);
    }

    @Test
    void aHostThatIsDownIsRetried() throws Exception {
        URI base = base();
        server.stop(0);

        DeliveryResult result = client.send(base, "Basic abc", new HostRequest("POST", "/x", "{}"));

        assertThat(result.outcome()).isEqualTo(DeliveryResult.Outcome.RETRY);
        assertThat(result.reason()).contains("not reachable");
    }
}
