package dev.parley.rest;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A request that ends in an RFC 9457 problem document: thrown by the resources, written by
 * {@link ProblemWriter}. The detail says what is wrong and what to do; it never holds customer text.
 */
final class ProblemException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Prefix of the {@code type} URIs; the last segment names the kind of problem. */
    static final String TYPE_PREFIX = "urn:parley:problem:";

    private final int status;
    private final String type;
    private final String title;
    private final String field;
    private final Map<String, String> headers = new LinkedHashMap<>();
    private final Map<String, String> extensions = new LinkedHashMap<>();

    ProblemException(int status, String type, String title, String detail, String field) {
        super(detail, null, false, false);
        this.status = status;
        this.type = TYPE_PREFIX + type;
        this.title = title;
        this.field = field;
    }

    static ProblemException invalidField(String field, String detail) {
        return new ProblemException(400, "invalid-request", "Invalid request", detail, field);
    }

    static ProblemException badRequest(String detail) {
        return new ProblemException(400, "invalid-request", "Invalid request", detail, null);
    }

    static ProblemException tooLarge(String field, String detail) {
        return new ProblemException(413, "too-large", "Request too large", detail, field);
    }

    static ProblemException notFound(String detail) {
        return new ProblemException(404, "not-found", "Not found", detail, null);
    }

    static ProblemException unavailable(String detail, int retryAfterSeconds) {
        return new ProblemException(503, "unavailable", "Service unavailable", detail, null)
                .withHeader("Retry-After", Integer.toString(retryAfterSeconds));
    }

    static ProblemException unauthorized(String detail) {
        return new ProblemException(401, "unauthorized", "Unauthorized", detail, null)
                .withHeader("WWW-Authenticate", "ApiKey realm=\"parley\", header=\"X-API-Key\"");
    }

    ProblemException withHeader(String name, String value) {
        headers.put(name, value);
        return this;
    }

    /** A member of the problem document beyond the standard ones, e.g. the incident id. */
    ProblemException with(String member, String value) {
        extensions.put(member, value);
        return this;
    }

    int status() {
        return status;
    }

    String type() {
        return type;
    }

    String title() {
        return title;
    }

    String detail() {
        return getMessage();
    }

    /** The request member the problem is about, or {@code null}. */
    String field() {
        return field;
    }

    Map<String, String> headers() {
        return Map.copyOf(headers);
    }

    Map<String, String> extensions() {
        return Map.copyOf(extensions);
    }
}
