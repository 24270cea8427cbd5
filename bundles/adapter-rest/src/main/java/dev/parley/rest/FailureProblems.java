package dev.parley.rest;

import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.parley.api.ParleyException;
import dev.parley.api.conversation.InvalidMessageException;
import dev.parley.api.store.DuplicateMessageException;

/**
 * Turns failures of Parley's services into problems for the caller. Messages of service failures
 * may name internal systems, so the caller gets a generic detail and the log gets the message.
 */
final class FailureProblems {

    private static final Logger LOG = LoggerFactory.getLogger(FailureProblems.class);

    private FailureProblems() {
    }

    static ProblemException of(ParleyException failure, String endpoint, int retryAfterSeconds) {
        if (failure instanceof InvalidMessageException) {
            // Written for the host ("text has 12000 chars; the maximum is 4000"), never with customer text.
            return new ProblemException(400, "invalid-message", "Message not accepted", failure.getMessage(), null);
        }
        if (failure instanceof DuplicateMessageException) {
            return new ProblemException(409, "duplicate-message", "Message id already used",
                    "the messageId was used before for another message; send a new messageId", "messageId");
        }
        LOG.warn("{} unavailable: {}", endpoint, failure.getMessage());
        return ProblemException.unavailable("Parley cannot handle the request now (" + failure.getClass().getSimpleName()
                + "); retry later, with the same messageId for a message", retryAfterSeconds);
    }

    /** An opaque incident id for a failure nobody expected; the log has it with the stack trace. */
    static ProblemException unexpected(Throwable failure, String endpoint) {
        String incident = UUID.randomUUID().toString();
        LOG.error("incident {}: unexpected failure of {}", incident, endpoint, failure);
        return new ProblemException(500, "internal-error", "Internal error",
                "Parley failed unexpectedly; report incident " + incident + " to the Parley administrator", null)
                .with("incident", incident);
    }
}
