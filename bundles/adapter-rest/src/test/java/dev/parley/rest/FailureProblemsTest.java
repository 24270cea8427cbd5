package dev.parley.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;

import org.junit.jupiter.api.Test;

import com.google.gson.JsonObject;

import dev.parley.api.ParleyException;
import dev.parley.api.conversation.InvalidMessageException;
import dev.parley.api.store.DuplicateMessageException;
import dev.parley.api.store.StoreUnavailableException;

class FailureProblemsTest {

    @Test
    void anUnavailableStoreIs503WithRetryAfterAndNoInternals() {
        ProblemException problem = FailureProblems.of(
                new StoreUnavailableException("jdbc:postgresql://db-7/parley refused", new SQLException()), "POST x", 9);

        assertThat(problem.status()).isEqualTo(503);
        assertThat(problem.headers()).containsEntry("Retry-After", "9");
        assertThat(problem.detail()).doesNotContain("jdbc");
    }

    @Test
    void anyOtherParleyFailureIs503() {
        assertThat(FailureProblems.of(new ParleyException("busy"), "POST x", 5).status()).isEqualTo(503);
    }

    @Test
    void anInvalidMessageIs400WithTheAssistantsExplanation() {
        ProblemException problem = FailureProblems.of(new InvalidMessageException("text has 5000 chars; the maximum is 4000"),
                "POST x", 5);

        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.detail()).isEqualTo("text has 5000 chars; the maximum is 4000");
    }

    @Test
    void aReusedMessageIdIs409() {
        ProblemException problem = FailureProblems.of(new DuplicateMessageException("web", "m-1"), "POST x", 5);

        assertThat(problem.status()).isEqualTo(409);
        assertThat(problem.field()).isEqualTo("messageId");
    }

    @Test
    void anUnexpectedFailureIs500WithAnIncidentIdButNoStackTrace() {
        ProblemException problem = FailureProblems.unexpected(new NullPointerException("secret internals"), "POST x");
        JsonObject json = ProblemWriter.toJson(problem, "/api/v1/analyze");

        assertThat(json.get("status").getAsInt()).isEqualTo(500);
        assertThat(json.get("incident").getAsString()).matches("[0-9a-f-]{36}");
        assertThat(json.get("detail").getAsString()).contains(json.get("incident").getAsString())
                .doesNotContain("secret").doesNotContain("NullPointer");
    }

    @Test
    void problemDocumentsHaveTheMembersOfRfc9457() {
        JsonObject json = ProblemWriter.toJson(ProblemException.invalidField("text", "text is missing"), "/api/v1/analyze");

        assertThat(json.get("type").getAsString()).isEqualTo("urn:parley:problem:invalid-request");
        assertThat(json.get("title").getAsString()).isEqualTo("Invalid request");
        assertThat(json.get("status").getAsInt()).isEqualTo(400);
        assertThat(json.get("detail").getAsString()).isEqualTo("text is missing");
        assertThat(json.get("instance").getAsString()).isEqualTo("/api/v1/analyze");
        assertThat(json.get("field").getAsString()).isEqualTo("text");
    }

    @Test
    void unauthorizedNamesTheScheme() {
        assertThat(ProblemException.unauthorized("no key").headers()).containsKey("WWW-Authenticate");
    }
}
