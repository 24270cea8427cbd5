package dev.parley.adapter.osticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import dev.parley.api.host.ChangeRejectedException;
import dev.parley.api.host.HostUnavailableException;

/** The client against a real HTTP server on loopback that answers as osTicket does. */
class OsTicketClientTest {

    private record Received(String method, String path, String apiKey, String contentType, String body) {
    }

    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final CountDownLatch release = new CountDownLatch(1);
    private volatile int status = 201;
    private volatile String answer = "654321\n";
    private volatile boolean hang;
    private HttpServer server;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::answer);
        server.start();
    }

    @AfterEach
    void stop() {
        release.countDown();
        server.stop(0);
    }

    private void answer(HttpExchange exchange) throws IOException {
        received.add(new Received(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                exchange.getRequestHeaders().getFirst("X-API-Key"), exchange.getRequestHeaders().getFirst(
                        "Content-Type"), new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
        if (hang) {
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/plain");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private OsTicketClient client() {
        return new OsTicketClient(TestSettings.settings(URI.create("http://127.0.0.1:" + server.getAddress().getPort()
                + "/helpdesk")));
    }

    @Test
    void createdAnswersTheTicketNumberAfterPostingTheBodyWithTheKey() {
        String number = client().create("{\"subject\": \"Größe\"}");

        assertThat(number).isEqualTo("654321");
        assertThat(received).singleElement().satisfies(request -> {
            assertThat(request.method()).isEqualTo("POST");
            assertThat(request.path()).isEqualTo("/helpdesk/api/tickets.json");
            assertThat(request.apiKey()).isEqualTo(TestSettings.API_KEY);
            assertThat(request.contentType()).startsWith("application/json");
            assertThat(request.body()).isEqualTo("{\"subject\": \"Größe\"}");
        });
    }

    @Test
    void aValidationErrorIsARejectionWithOsTicketsReasonButNoPersonalDataOrKey() {
        status = 400;
        answer = "Unable to create new ticket: validation errors:\nemail: ada@example.com is not valid";

        OsTicketFailure failure = catchThrowableOfType(OsTicketFailure.class, () -> client().create("{}"));

        assertThat(failure.reported()).isInstanceOf(ChangeRejectedException.class);
        assertThat(failure.maybeCreated()).isFalse();
        assertThat(failure.getMessage()).contains("HTTP 400: Unable to create new ticket: validation errors: email:")
                .doesNotContain("ada@example.com").doesNotContain(TestSettings.API_KEY);
    }

    @Test
    void aRefusedKeyIsARejectionThatSaysWhatToCheck() {
        status = 401;
        answer = "API key not found/active or source IP not authorized";

        OsTicketFailure failure = catchThrowableOfType(OsTicketFailure.class, () -> client().create("{}"));

        assertThat(failure.reported()).isInstanceOf(ChangeRejectedException.class);
        assertThat(failure.getMessage()).contains("refused the API key (HTTP 401")
                .contains("bound to this container's IP address").doesNotContain(TestSettings.API_KEY);
    }

    @Test
    void aServerErrorIsAnOutageAndNoTicketWasOpened() {
        status = 500;
        answer = "Unable to create new ticket: unknown error";

        OsTicketFailure failure = catchThrowableOfType(OsTicketFailure.class, () -> client().create("{}"));

        assertThat(failure.reported()).isInstanceOf(HostUnavailableException.class);
        assertThat(failure.maybeCreated()).isFalse();
        assertThat(failure.getMessage()).contains("HTTP 500");
    }

    @Test
    void aRefusedConnectionIsAnOutageAndNoTicketWasOpened() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        OsTicketClient client = new OsTicketClient(TestSettings.settings(URI.create("http://127.0.0.1:" + closedPort)));

        OsTicketFailure failure = catchThrowableOfType(OsTicketFailure.class, () -> client.create("{}"));

        assertThat(failure.reported()).isInstanceOf(HostUnavailableException.class);
        assertThat(failure.maybeCreated()).isFalse();
        assertThat(failure.getMessage()).contains("refused the connection");
    }

    @Test
    void noAnswerWithinTheReadTimeoutMayHaveOpenedTheTicket() {
        hang = true;
        OsTicketClient client = new OsTicketClient(TestSettings.settings(URI.create("http://127.0.0.1:"
                + server.getAddress().getPort()), Duration.ofMillis(500)));

        OsTicketFailure failure = catchThrowableOfType(OsTicketFailure.class, () -> client.create("{}"));

        assertThat(failure.reported()).isInstanceOf(HostUnavailableException.class);
        assertThat(failure.maybeCreated()).isTrue();
        assertThat(failure.getMessage()).contains("did not answer within 500 ms");
    }

    @Test
    void aCreatedAnswerWithoutANumberIsNotTakenForOne() {
        answer = "<html>Welcome to the support center</html>";

        OsTicketFailure failure = catchThrowableOfType(OsTicketFailure.class, () -> client().create("{}"));

        assertThat(failure.reported()).isInstanceOf(HostUnavailableException.class);
        assertThat(failure.maybeCreated()).isTrue();
    }
}
