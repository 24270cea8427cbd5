package dev.parley.dashboard;

import com.google.gson.JsonObject;

/** An answer other than 200 from the dashboard's JSON API, written as RFC 9457 problem JSON. */
final class ApiProblem extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String title;
    private final String field;

    ApiProblem(int status, String title, String detail, String field) {
        super(detail, null, false, false);
        this.status = status;
        this.title = title;
        this.field = field;
    }

    /** A panel whose service is not running: the page says "not available" with the detail. */
    static ApiProblem unavailable(String detail) {
        return new ApiProblem(503, "Service Unavailable", detail, null);
    }

    int status() {
        return status;
    }

    JsonObject toJson(String instance) {
        JsonObject json = new JsonObject();
        json.addProperty("type", "about:blank");
        json.addProperty("title", title);
        json.addProperty("status", status);
        json.addProperty("detail", getMessage());
        json.addProperty("instance", instance);
        if (field != null) {
            json.addProperty("field", field);
        }
        return json;
    }
}
