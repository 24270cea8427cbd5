package dev.parley.adapter.osticket;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpServer;

/** The health check's probe against a real HTTP server on loopback. */
class ReachabilityProbeTest {

    private final AtomicInteger status = new AtomicInteger(400);
    private final AtomicInteger calls = new AtomicInteger();
    private HttpServer server;
    private OsTicketSettings settings;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            calls.incrementAndGet();
            exchange.sendResponseHeaders(status.get(), -1);
            exchange.close();
        });
        server.start();
        settings = TestSettings.settings(URI.create("http://127.0.0.1:" + server.getAddress().getPort()));
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void osTicketsAnswerToAGetOfThePostOnlyRouteMeansReachableAndIsKeptForAWhile() {
        ReachabilityProbe probe = new ReachabilityProbe(Clock.fixed(Instant.parse("2026-12-04T10:00:00Z"),
                ZoneOffset.UTC));

        assertThat(probe.check(settings).reachable()).isTrue();
        assertThat(probe.check(settings).message()).endsWith("/api/tickets.json reachable");
        assertThat(calls).hasValue(1);
    }

    @Test
    void aMissingApiOrAServerErrorIsNotReachable() {
        status.set(404);
        assertThat(new ReachabilityProbe(Clock.systemUTC()).check(settings).message()).contains("answers 404");
        status.set(503);
        assertThat(new ReachabilityProbe(Clock.systemUTC()).check(settings).reachable()).isFalse();
    }

    @Test
    void aStoppedServerIsNotReachable() {
        server.stop(0);

        ReachabilityProbe.Outcome outcome = new ReachabilityProbe(Clock.systemUTC()).check(settings);

        assertThat(outcome.reachable()).isFalse();
        assertThat(outcome.message()).contains("cannot be reached");
    }
}
