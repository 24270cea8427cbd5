package dev.parley.rest;

import java.io.IOException;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.google.gson.JsonObject;

import dev.parley.api.ParleyException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Handles one request under {@code /api/v1} with one configuration: authenticates the API key,
 * routes the request, reads its body with a hard cap and writes the answer or a problem document.
 * No failure leaves here as anything but a problem document.
 */
final class ApiRequestHandler implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ApiRequestHandler.class);

    private final Settings settings;
    private final ApiKeys keys;
    private final ReplyCalls calls;
    private final ConversationsResource conversations;
    private final MessagesResource messages;
    private final AnalyzeResource analyze;
    private final RecommendationsResource recommendations;
    private final AnalyticsResource analytics;
    private final ForecastResource forecast;
    private final RiskResource risk;

    ApiRequestHandler(Settings settings, ApiKeys keys, ReplyCalls calls, ConversationsResource conversations,
            MessagesResource messages, AnalyzeResource analyze, RecommendationsResource recommendations,
            AnalyticsResource analytics, ForecastResource forecast, RiskResource risk) {
        this.settings = settings;
        this.keys = keys;
        this.calls = calls;
        this.conversations = conversations;
        this.messages = messages;
        this.analyze = analyze;
        this.recommendations = recommendations;
        this.analytics = analytics;
        this.forecast = forecast;
        this.risk = risk;
    }

    void handle(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String endpoint = request.getMethod() + " " + RestApiServlet.BASE_PATH + Optional.ofNullable(request.getPathInfo()).orElse("");
        try {
            if (!keys.accepts(request.getHeader(RestApiServlet.API_KEY_HEADER))) {
                throw unauthorized(request);
            }
            ApiRoute.Match match = ApiRoute.match(request.getPathInfo()).orElseThrow(() -> ProblemException.notFound(
                    "no endpoint " + endpoint.substring(endpoint.indexOf(' ') + 1) + "; see the REST API section of the README"));
            if (!match.route().method().equals(request.getMethod())) {
                throw new ProblemException(405, "method-not-allowed", "Method not allowed", request.getMethod() + " is not "
                        + "allowed here; use " + match.route().method(), null).withHeader("Allow", match.route().method());
            }
            dispatch(match, request, response);
        } catch (ProblemException problem) {
            ProblemWriter.write(response, problem, request.getRequestURI());
        } catch (ParleyException failure) {
            ProblemWriter.write(response, FailureProblems.of(failure, endpoint, settings.retryAfterSeconds()),
                    request.getRequestURI());
        } catch (IOException unreadable) {
            LOG.debug("{}: request body could not be read", endpoint, unreadable);
            ProblemWriter.write(response, new ProblemException(408, "request-timeout", "Request timeout",
                    "the request body did not arrive completely; send it again", null), request.getRequestURI());
        } catch (RuntimeException unexpected) {
            ProblemWriter.write(response, FailureProblems.unexpected(unexpected, endpoint), request.getRequestURI());
        }
    }

    private void dispatch(ApiRoute.Match match, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        switch (match.route()) {
            case READ_CONVERSATION -> JsonResponses.write(response, 200, conversations.read(match.id()));
            case CREATE_CONVERSATION -> {
                JsonObject created = conversations.create(body(request));
                response.setHeader("Location", request.getContextPath() + RestApiServlet.BASE_PATH + "/conversations/"
                        + created.get("id").getAsString());
                JsonResponses.write(response, 201, created);
            }
            case POST_MESSAGE -> JsonResponses.write(response, 200, messages.post(match.id(),
                    body(request), request.getHeader("Idempotency-Key")));
            case ANALYZE -> JsonResponses.write(response, 200, analyze.analyze(body(request)));
            case CUSTOMER_RECOMMENDATIONS -> JsonResponses.write(response, 200,
                    recommendations.recommend(match.id(), request.getParameter("limit")));
            case RATE_CONVERSATION -> JsonResponses.write(response, 200, analytics.rate(match.id(),
                    body(request)));
            case ANALYTICS_SUMMARY -> {
                if (AnalyticsResource.wantsCsv(request.getHeader("Accept"))) {
                    analytics.writeCsv(request, response);
                } else {
                    JsonResponses.write(response, 200, analytics.summary(request));
                }
            }
            case ANALYTICS_SUMMARY_CSV -> analytics.writeCsv(request, response);
            case ANALYTICS_FORECAST -> JsonResponses.write(response, 200, forecast.forecast(
                    request.getParameter("granularity"), request.getParameter("horizon")));
            case CONVERSATION_ESCALATION_RISK -> JsonResponses.write(response, 200, risk.escalation(match.id()));
            case CUSTOMER_CHURN_RISK -> JsonResponses.write(response, 200, risk.churn(match.id()));
            case ANALYTICS_DAILY -> JsonResponses.write(response, 200, analytics.daily(request));
        }
    }

    private JsonFields body(HttpServletRequest request) throws IOException {
        long length = request.getContentLengthLong();
        RequestBody.requireJson(request.getContentType(), length);
        return JsonFields.parse(RequestBody.read(request.getInputStream(), length, settings.maxBodyBytes()),
                settings.maxJsonDepth());
    }

    private ProblemException unauthorized(HttpServletRequest request) {
        // Which key was tried is never logged: it may be a real key with a typo.
        LOG.debug("refused {} {}: {} API key", request.getMethod(), request.getRequestURI(),
                request.getHeader(RestApiServlet.API_KEY_HEADER) == null ? "no" : "a wrong");
        if (keys.isEmpty()) {
            return ProblemException.unauthorized("this Parley has no API key configured; an administrator creates one "
                    + "with 'parley:apikey generate'");
        }
        return ProblemException.unauthorized(request.getHeader(RestApiServlet.API_KEY_HEADER) == null
                ? "send your API key in the " + RestApiServlet.API_KEY_HEADER + " header"
                : "the API key in the " + RestApiServlet.API_KEY_HEADER + " header is not valid; ask the Parley administrator for one");
    }

    @Override
    public void close() {
        calls.close();
    }
}
