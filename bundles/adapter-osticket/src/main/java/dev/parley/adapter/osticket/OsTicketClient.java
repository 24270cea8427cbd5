package dev.parley.adapter.osticket;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Pattern;

import dev.parley.api.host.ChangeRejectedException;
import dev.parley.api.host.HostUnavailableException;

/**
 * osTicket's ticket API over HTTP: {@code POST /api/tickets.json} with {@code X-API-Key}. osTicket
 * answers {@code 201} with the new ticket's number as plain text, and an error as plain text with
 * a 4xx or 5xx status. Connect and read timeouts are short, because a customer waits for the
 * handoff.
 */
final class OsTicketClient {

    /** osTicket's ticket numbers: digits by default, a configurable format of letters and digits. */
    private static final Pattern TICKET_NUMBER = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,63}");
    private static final Pattern EMAIL = Pattern.compile("[^\\s@]+@[^\\s@]+");
    private static final int MAX_HOST_MESSAGE = 200;

    private final HttpClient http;
    private final URI endpoint;
    private final String apiKey;
    private final Duration readTimeout;

    OsTicketClient(OsTicketSettings settings) {
        this(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).build(), settings);
    }

    OsTicketClient(HttpClient http, OsTicketSettings settings) {
        this.http = http;
        this.endpoint = settings.ticketsEndpoint();
        this.apiKey = settings.apiKey();
        this.readTimeout = settings.readTimeout();
    }

    /**
     * Opens a ticket.
     *
     * @param json the request body
     * @return the new ticket's number
     * @throws OsTicketFailure if osTicket did not confirm the ticket
     */
    String create(String json) {
        HttpRequest request = HttpRequest.newBuilder(endpoint).timeout(readTimeout)
                .header("X-API-Key", apiKey)
                .header("Content-Type", "application/json; charset=utf-8")
                .header("Accept", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (HttpConnectTimeoutException e) {
            throw unavailable("did not accept a connection within " + millis(http.connectTimeout().orElseThrow())
                    + ": check baseUrl and the network", e, false);
        } catch (ConnectException e) {
            throw unavailable("refused the connection: check that osTicket runs at baseUrl", e, false);
        } catch (HttpTimeoutException e) {
            throw unavailable("did not answer within " + millis(readTimeout) + "; the ticket may have been opened",
                    e, true);
        } catch (IOException e) {
            throw unavailable("failed while answering (" + e.getClass().getSimpleName() + ")", e, true);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unavailable("call was interrupted", e, true);
        }
        return numberOf(response);
    }

    private String numberOf(HttpResponse<String> response) {
        int status = response.statusCode();
        String body = response.body() == null ? "" : response.body().strip();
        if (status == 201 && TICKET_NUMBER.matcher(body).matches()) {
            return body;
        }
        if (status == 201) {
            throw unavailable("answered 201 without a ticket number; check that baseUrl is osTicket's root", null,
                    true);
        }
        String answer = "HTTP " + status + (body.isEmpty() ? "" : ": " + hostMessage(body));
        if (status == 401 || status == 403) {
            throw new OsTicketFailure(new ChangeRejectedException("osTicket at " + endpoint + " refused the API key ("
                    + answer + "): check apiKey, and that the key is active in osTicket (Admin panel > Manage >"
                    + " API Keys), may create tickets and is bound to this container's IP address"), false);
        }
        if (status == 408 || status == 429 || status >= 500) {
            // 504: a proxy gave up waiting, osTicket itself may still have opened the ticket
            throw unavailable("is unavailable (" + answer + ")", null, status == 504);
        }
        if (status >= 400) {
            throw new OsTicketFailure(new ChangeRejectedException("osTicket at " + endpoint + " refused the ticket ("
                    + answer + "): check the help topic and priority ids of the configuration"), false);
        }
        throw unavailable("answered HTTP " + status + " instead of 201; check that baseUrl is osTicket's root", null,
                status >= 200 && status < 300);
    }

    private OsTicketFailure unavailable(String what, Exception cause, boolean maybeCreated) {
        return new OsTicketFailure(new HostUnavailableException("osTicket at " + endpoint + " " + what, cause),
                maybeCreated);
    }

    /** osTicket's error text, shortened, on one line, without e-mail addresses it might repeat. */
    static String hostMessage(String body) {
        String line = body.replaceAll("\\s+", " ").strip();
        line = EMAIL.matcher(line).replaceAll("(e-mail)");
        return line.length() > MAX_HOST_MESSAGE ? line.substring(0, MAX_HOST_MESSAGE) + "..." : line;
    }

    private static String millis(Duration duration) {
        return duration.toMillis() + " ms";
    }
}
