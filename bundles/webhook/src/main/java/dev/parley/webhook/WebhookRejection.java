package dev.parley.webhook;

import java.util.Objects;

/**
 * A webhook request refused before it is accepted. Parley answers it with its status and an
 * {@code application/problem+json} body holding the title, the detail and the field, and logs it
 * without the request body. The detail says what is wrong and what the sender should do; it must
 * not contain customer text or secrets.
 */
public final class WebhookRejection extends Exception {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String title;
    private final String field;

    /**
     * @param status 400, 401, 403, 409, 413, 415 or 422
     * @param title a short summary, e.g. "Invalid signature"; not {@code null}
     * @param detail what is wrong and what to do; not {@code null}
     * @param field the body's field at fault (e.g. {@code conversation.id}), or {@code null}
     */
    public WebhookRejection(int status, String title, String detail, String field) {
        super(Objects.requireNonNull(detail, "detail"), null, false, false);
        if (status < 400 || status > 499) {
            throw new IllegalArgumentException("status must be a 4xx status");
        }
        this.status = status;
        this.title = Objects.requireNonNull(title, "title");
        this.field = field;
    }

    /** 401: the request is not signed, wrongly signed or too old. */
    public static WebhookRejection unauthorized(String detail) {
        return new WebhookRejection(401, "Unauthorized", detail, null);
    }

    /** 400: the body is not what the host sends, e.g. malformed JSON or a missing field. */
    public static WebhookRejection badRequest(String field, String detail) {
        return new WebhookRejection(400, "Bad request", detail, field);
    }

    /** 422: the body is well-formed but cannot be handled, e.g. an id that is not a number. */
    public static WebhookRejection unprocessable(String field, String detail) {
        return new WebhookRejection(422, "Unprocessable content", detail, field);
    }

    /** @return the HTTP status */
    public int status() {
        return status;
    }

    /** @return the short summary */
    public String title() {
        return title;
    }

    /** @return what is wrong and what to do */
    public String detail() {
        return getMessage();
    }

    /** @return the field at fault, or {@code null} */
    public String field() {
        return field;
    }
}
