package dev.parley.rest;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The endpoints under {@code /api/v1}, each with the one method it answers. */
enum ApiRoute {
    CREATE_CONVERSATION("POST", "/conversations"),
    READ_CONVERSATION("GET", "/conversations/([^/]+)"),
    POST_MESSAGE("POST", "/conversations/([^/]+)/messages"),
    ANALYZE("POST", "/analyze"),
    CUSTOMER_RECOMMENDATIONS("GET", "/customers/([^/]+)/recommendations"),
    RATE_CONVERSATION("POST", "/conversations/([^/]+)/rating"),
    ANALYTICS_SUMMARY("GET", "/analytics/summary"),
    ANALYTICS_SUMMARY_CSV("GET", "/analytics/summary\\.csv"),
    ANALYTICS_FORECAST("GET", "/analytics/forecast"),
    CONVERSATION_ESCALATION_RISK("GET", "/conversations/([^/]+)/escalation-risk"),
    CUSTOMER_CHURN_RISK("GET", "/customers/([^/]+)/churn-risk"),
    ANALYTICS_DAILY("GET", "/analytics/daily");

    /** Conversation and customer ids as Parley and hosts make them: no spaces, slashes or markup. */
    static final Pattern CONVERSATION_ID = Pattern.compile("[A-Za-z0-9._:@-]{1,128}");

    private final String method;
    private final Pattern path;

    ApiRoute(String method, String path) {
        this.method = method;
        this.path = Pattern.compile(path);
    }

    String method() {
        return method;
    }

    /** A request path (after {@code /api/v1}) matched to its route and the id in it (a conversation's or a customer's). */
    record Match(ApiRoute route, String id) {
    }

    static Optional<Match> match(String pathInfo) {
        String path = pathInfo == null ? "" : pathInfo;
        if (path.length() > 1 && path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        for (ApiRoute route : values()) {
            Matcher matcher = route.path.matcher(path);
            if (matcher.matches()) {
                String id = matcher.groupCount() > 0 ? matcher.group(1) : null;
                if (id != null && !CONVERSATION_ID.matcher(id).matches()) {
                    return Optional.empty();
                }
                return Optional.of(new Match(route, id));
            }
        }
        return Optional.empty();
    }
}
