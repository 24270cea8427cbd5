package dev.parley.rest;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import dev.parley.api.nlp.IntentClassifier;
import dev.parley.api.nlp.IntentPrediction;
import dev.parley.api.store.ConversationStore;
import dev.parley.api.store.StoreUnavailableException;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

class ApiRequestHandlerTest {

    private static final String KEY = "the-key";

    private final FakeServices services = new FakeServices();
    private final Settings settings = FakeServices.settings(Duration.ofSeconds(5));
    private final HttpServletRequest request = mock(HttpServletRequest.class);
    private final HttpServletResponse response = mock(HttpServletResponse.class);
    private final ByteArrayOutputStream written = new ByteArrayOutputStream();
    private ApiRequestHandler handler;

    @BeforeEach
    void setUp() throws Exception {
        ReplyCalls calls = new ReplyCalls(1, settings.retryAfterSeconds());
        handler = new ApiRequestHandler(settings, ApiKeys.of(new String[] { ApiKeys.hash(KEY) }, null), calls,
                new ConversationsResource(services, settings), new MessagesResource(services, settings, calls,
                        Clock.systemUTC()), new AnalyzeResource(services, settings),
                new RecommendationsResource(services, settings),
                new AnalyticsResource(services, settings, Clock.systemUTC()),
                new ForecastResource(services, settings), new RiskResource(services, settings));
        when(response.getOutputStream()).thenReturn(new ServletOutputStream() {
            @Override
            public void write(int b) {
                written.write(b);
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setWriteListener(WriteListener listener) {
            }
        });
        when(request.getRequestURI()).thenAnswer(invocation -> "/api/v1" + request.getPathInfo());
    }

    @AfterEach
    void tearDown() {
        handler.close();
    }

    private JsonObject call(String method, String path, String key, String json) throws Exception {
        when(request.getMethod()).thenReturn(method);
        when(request.getPathInfo()).thenReturn(path);
        when(request.getHeader("X-API-Key")).thenReturn(key);
        byte[] body = json == null ? new byte[0] : json.getBytes(UTF_8);
        when(request.getContentType()).thenReturn(json == null ? null : "application/json");
        when(request.getContentLengthLong()).thenReturn((long) body.length);
        ByteArrayInputStream in = new ByteArrayInputStream(body);
        when(request.getInputStream()).thenReturn(new ServletInputStream() {
            @Override
            public int read() {
                return in.read();
            }

            @Override
            public boolean isFinished() {
                return in.available() == 0;
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setReadListener(ReadListener listener) {
            }
        });
        handler.handle(request, response);
        return JsonParser.parseString(written.toString(UTF_8)).getAsJsonObject();
    }

    @Test
    void withoutTheRightKeyNothingElseIsLookedAt() throws Exception {
        JsonObject problem = call("POST", "/analyze", "wrong", "{\"text\":\"hi\"}");

        verify(response).setStatus(401);
        verify(response).setHeader("WWW-Authenticate", "ApiKey realm=\"parley\", header=\"X-API-Key\"");
        verify(response).setContentType("application/problem+json");
        assertThat(problem.get("detail").getAsString()).contains("not valid").doesNotContain("wrong");
    }

    @Test
    void anUnknownPathIs404() throws Exception {
        JsonObject problem = call("GET", "/tickets", KEY, null);

        verify(response).setStatus(404);
        assertThat(problem.get("instance").getAsString()).isEqualTo("/api/v1/tickets");
    }

    @Test
    void aWrongMethodIs405WithAllow() throws Exception {
        call("PUT", "/conversations/c-1", KEY, "{}");

        verify(response).setStatus(405);
        verify(response).setHeader("Allow", "GET");
    }

    @Test
    void anUnavailableStoreIs503WithRetryAfter() throws Exception {
        services.store = mock(ConversationStore.class);
        when(services.store.find(any())).thenThrow(new StoreUnavailableException("db down", null));

        call("GET", "/conversations/c-1", KEY, null);

        verify(response).setStatus(503);
        verify(response).setHeader("Retry-After", "7");
    }

    @Test
    void anUnexpectedFailureIs500WithAnIncidentId() throws Exception {
        services.classifier = mock(IntentClassifier.class);
        when(services.classifier.classify(any())).thenThrow(new IllegalStateException("bug"));

        JsonObject problem = call("POST", "/analyze", KEY, "{\"text\":\"hello\"}");

        verify(response).setStatus(500);
        assertThat(problem.get("incident").getAsString()).isNotBlank();
        assertThat(problem.toString()).doesNotContain("IllegalStateException").doesNotContain("bug");
    }

    @Test
    void anAnalysisIsAnswered200() throws Exception {
        services.classifier = mock(IntentClassifier.class);
        when(services.classifier.classify("hello")).thenReturn(
                new IntentPrediction("greeting", 0.9, null, false, "1.0.0"));

        JsonObject analysis = call("POST", "/analyze", KEY, "{\"text\":\"hello\"}");

        verify(response).setStatus(200);
        verify(response).setContentType("application/json");
        assertThat(analysis.get("intent").getAsString()).isEqualTo("greeting");
    }
}
