package dev.parley.rest;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

class JsonFieldsTest {

    private static JsonFields parse(String json) {
        return JsonFields.parse(json.getBytes(UTF_8), 16);
    }

    private static void assertProblem(Runnable call, int status, String field, String detailPart) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(ProblemException.class, problem -> {
            assertThat(problem.status()).isEqualTo(status);
            assertThat(problem.field()).isEqualTo(field);
            assertThat(problem.detail()).contains(detailPart);
        });
    }

    @Test
    void readsTheMembersOfAnObject() {
        JsonFields body = parse("{\"text\":\"Where is order 100234?\",\"messageId\":\"m-1\",\"locale\":\"en-GB\","
                + "\"attributes\":{\"ticket\":\"T-9\"},\"unknown\":[1,2]}");

        assertThat(body.requiredText("text", 8192)).isEqualTo("Where is order 100234?");
        assertThat(body.optionalString("messageId", 200)).isEqualTo("m-1");
        assertThat(body.optionalLocale("locale")).isEqualTo(Locale.UK);
        assertThat(body.optionalStringMap("attributes", 100)).isEqualTo(Map.of("ticket", "T-9"));
        assertThat(body.optionalString("customerId", 100)).isNull();
    }

    @Test
    void anEmptyBodyIsAnEmptyObject() {
        assertThat(JsonFields.parse(new byte[0], 16).optionalString("customerId", 10)).isNull();
    }

    @Test
    void malformedJsonIs400WithoutGsonAdvice() {
        assertProblem(() -> parse("{\"text\": \"unterminated"), 400, null, "not valid JSON");
        assertThatThrownBy(() -> parse("{text: 'lenient'}")).isInstanceOfSatisfying(ProblemException.class,
                problem -> assertThat(problem.detail()).doesNotContain("setStrictness").doesNotContain("https://"));
        assertProblem(() -> parse("{} {}"), 400, null, "not valid JSON");
    }

    @Test
    void theBodyMustBeAnObject() {
        assertProblem(() -> parse("[\"text\"]"), 400, null, "must be a JSON object");
        assertProblem(() -> parse("\"text\""), 400, null, "must be a JSON object");
    }

    @Test
    void deepNestingIsRefused() {
        String deep = "{\"a\":" + "[".repeat(40) + "]".repeat(40) + "}";

        assertProblem(() -> parse(deep), 400, null, "not valid JSON");
    }

    @Test
    void textMustBePresentNonEmptyAndAString() {
        assertProblem(() -> parse("{}").requiredText("text", 100), 400, "text", "missing");
        assertProblem(() -> parse("{\"text\":null}").requiredText("text", 100), 400, "text", "missing");
        assertProblem(() -> parse("{\"text\":\"  \"}").requiredText("text", 100), 400, "text", "empty");
        assertProblem(() -> parse("{\"text\":42}").requiredText("text", 100), 400, "text", "must be a string");
        assertProblem(() -> parse("{\"text\":{\"a\":1}}").requiredText("text", 100), 400, "text", "must be a string");
    }

    @Test
    void textIsMeasuredInUtf8Bytes() {
        String euros = "€".repeat(10); // 10 chars, 30 bytes

        assertThat(parse("{\"text\":\"" + euros + "\"}").requiredText("text", 30)).isEqualTo(euros);
        assertProblem(() -> parse("{\"text\":\"" + euros + "\"}").requiredText("text", 29), 413, "text", "30 bytes");
    }

    @Test
    void optionalMembersOfTheWrongTypeNameTheMember() {
        assertProblem(() -> parse("{\"customerId\":7}").optionalString("customerId", 10), 400, "customerId", "string");
        assertProblem(() -> parse("{\"customerId\":\"\"}").optionalString("customerId", 10), 400, "customerId", "empty");
        assertProblem(() -> parse("{\"customerId\":\"" + "x".repeat(11) + "\"}").optionalString("customerId", 10), 400,
                "customerId", "at most 10");
        assertProblem(() -> parse("{\"locale\":\"not a tag!\"}").optionalLocale("locale"), 400, "locale", "BCP 47");
        assertProblem(() -> parse("{\"attributes\":[]}").optionalStringMap("attributes", 10), 400, "attributes", "object");
        assertProblem(() -> parse("{\"attributes\":{\"n\":1}}").optionalStringMap("attributes", 10), 400, "attributes.n",
                "string");
    }
}
