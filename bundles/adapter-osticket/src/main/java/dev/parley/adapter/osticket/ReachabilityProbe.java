package dev.parley.adapter.osticket;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;

/**
 * Whether osTicket's API answers at all: {@code GET /api/tickets.json}, which osTicket answers
 * {@code 400 URL not supported} (the route takes POST only) without looking at a key, so the probe
 * sends none. Its outcome is kept for {@value #CACHE_SECONDS} s, so a health check polled every
 * second does not call osTicket every second.
 */
final class ReachabilityProbe {

    static final int CACHE_SECONDS = 30;

    /** The outcome of one probe. */
    record Outcome(boolean reachable, String message, Instant at, OsTicketSettings of) {
    }

    private final Clock clock;
    private volatile Outcome last;
    /** One client per settings: a client holds a selector thread, so it is not made per probe. */
    private volatile HttpClient http;
    private volatile OsTicketSettings httpFor;

    ReachabilityProbe(Clock clock) {
        this.clock = clock;
    }

    Outcome check(OsTicketSettings settings) {
        Outcome cached = last;
        Instant now = clock.instant();
        if (cached != null && cached.of() == settings && cached.at().plusSeconds(CACHE_SECONDS).isAfter(now)) {
            return cached;
        }
        Outcome outcome = probe(client(settings), settings, now);
        last = outcome;
        return outcome;
    }

    private synchronized HttpClient client(OsTicketSettings settings) {
        if (http == null || httpFor != settings) {
            http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(settings.connectTimeout())
                    .followRedirects(HttpClient.Redirect.NEVER).build();
            httpFor = settings;
        }
        return http;
    }

    private static Outcome probe(HttpClient http, OsTicketSettings settings, Instant now) {
        HttpRequest request = HttpRequest.newBuilder(settings.ticketsEndpoint()).timeout(settings.readTimeout())
                .GET().build();
        String where = "osTicket at " + settings.ticketsEndpoint();
        try {
            int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status == 404) {
                return new Outcome(false, where + " answers 404: check baseUrl, and that the web server passes"
                        + " /api/ to osTicket (its api/.htaccess, or the equivalent nginx rule)", now, settings);
            }
            if (status >= 500) {
                return new Outcome(false, where + " answers HTTP " + status, now, settings);
            }
            return new Outcome(true, where + " reachable", now, settings);
        } catch (IOException e) {
            return new Outcome(false, where + " cannot be reached (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()) + "); handoffs are not passed on",
                    now, settings);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(false, where + " not probed: interrupted", now, settings);
        }
    }
}
