package dev.parley.rest;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;

import org.junit.jupiter.api.Test;

class RequestBodyTest {

    @Test
    void jsonInUtf8IsAccepted() {
        RequestBody.requireJson("application/json", 10);
        RequestBody.requireJson("application/json; charset=UTF-8", 10);
        RequestBody.requireJson("application/merge-patch+json", 10);
        RequestBody.requireJson(null, 0);
    }

    @Test
    void otherMediaTypesAndCharsetsAre415() {
        assertStatus(() -> RequestBody.requireJson("text/plain", 10), 415);
        assertStatus(() -> RequestBody.requireJson("application/x-www-form-urlencoded", 10), 415);
        assertStatus(() -> RequestBody.requireJson("application/json; charset=ISO-8859-1", 10), 415);
        assertStatus(() -> RequestBody.requireJson(null, 10), 415);
    }

    @Test
    void aBodyWithinTheCapIsReadWhole() throws Exception {
        byte[] body = "{\"text\":\"hello\"}".getBytes(UTF_8);

        assertThat(RequestBody.read(new ByteArrayInputStream(body), body.length, 100)).isEqualTo(body);
        assertThat(RequestBody.read(new ByteArrayInputStream(body), -1, body.length)).isEqualTo(body);
    }

    @Test
    void aDeclaredLengthOverTheCapIsRefusedWithoutReading() {
        InputStream untouchable = new InputStream() {
            @Override
            public int read() {
                throw new AssertionError("the body must not be read");
            }
        };

        assertStatus(() -> RequestBody.read(untouchable, 1_000_000, 1000), 413);
    }

    @Test
    void aChunkedBodyIsCutAtTheCap() {
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                return 'a';
            }
        };

        assertStatus(() -> RequestBody.read(endless, -1, 50_000), 413);
    }

    @Test
    void aBodyLongerThanDeclaredIsStillCapped() {
        byte[] body = new byte[5000];

        assertStatus(() -> RequestBody.read(new ByteArrayInputStream(body), 10, 1000), 413);
    }

    static void assertStatus(ThrowingRunnable call, int status) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(ProblemException.class,
                problem -> assertThat(problem.status()).isEqualTo(status));
    }

    interface ThrowingRunnable {
        void run() throws Exception;
    }
}
