package dev.parley.webhook.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import dev.parley.api.store.StoreUnavailableException;
import dev.parley.webhook.WebhookEvent;
import dev.parley.webhook.WebhookHandler;
import dev.parley.webhook.WebhookRejection;
import dev.parley.webhook.WebhookRequest;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** The endpoint's answers for each outcome, with the handler and the inbox mocked. */
class WebhookEndpointTest {

    private final WebhookHandler handler = mock(WebhookHandler.class);
    private final DurableQueue inbox = mock(DurableQueue.class);
    private final AtomicInteger wakes = new AtomicInteger();
    private final WebhookEndpoint endpoint = new WebhookEndpoint(name -> name.equals("desk") ? handler : null, inbox::add,
            wakes::incrementAndGet, 64, Clock.fixed(Instant.parse("2026-12-01T10:00:00Z"), ZoneOffset.UTC));

    @Test
    void anAcceptedEventIsPersistedAndAcknowledged202() throws Exception {
        when(handler.parse(any())).thenReturn(WebhookEvent.of("desk", "m-1", "message", "c-1", "{\"x\":1}"));
        when(inbox.add("desk", "m-1", "message", "c-1", "{\"x\":1}")).thenReturn(true);

        Answer answer = post("/desk", "{\"x\":1}");

        assertThat(answer.status).isEqualTo(202);
        assertThat(answer.body()).contains("accepted");
        assertThat(wakes).hasValue(1);
    }

    @Test
    void aRepeatedKeyIs200AndNotWokenAgain() throws Exception {
        when(handler.parse(any())).thenReturn(WebhookEvent.of("desk", "m-1", "message", null, "{}"));
        when(inbox.add(anyString(), anyString(), anyString(), any(), anyString())).thenReturn(false);

        Answer answer = post("/desk", "{}");

        assertThat(answer.status).isEqualTo(200);
        assertThat(answer.body()).contains("duplicate");
        assertThat(wakes).hasValue(0);
    }

    @Test
    void theHandlerSeesHeadersIgnoringCaseAndTheRawBody() throws Exception {
        when(handler.parse(any())).thenReturn(WebhookEvent.ignored("desk", "k", "ping"));
        var captured = ArgumentCaptor.forClass(WebhookRequest.class);

        assertThat(post("/desk?ticket_id=42&title=Order+late", "{\"ü\":1}").status).isEqualTo(200);

        verify(handler).authenticate(captured.capture());
        assertThat(captured.getValue().header("x-signature")).contains("abc");
        assertThat(captured.getValue().query()).isEqualTo("ticket_id=42&title=Order+late");
        assertThat(captured.getValue().queryParameter("title")).contains("Order late");
        assertThat(captured.getValue().bodyText()).isEqualTo("{\"ü\":1}");
        verify(inbox, never()).add(any(), any(), any(), any(), any());
    }

    @Test
    void rejectionsAreProblemsWithTheirStatusAndField() throws Exception {
        doThrow(WebhookRejection.unauthorized("bad signature")).when(handler).authenticate(any());
        Answer unauthorized = post("/desk", "{}");
        assertThat(unauthorized.status).isEqualTo(401);
        assertThat(unauthorized.contentType).isEqualTo("application/problem+json");
        assertThat(unauthorized.body()).contains("bad signature");

        doThrow(WebhookRejection.badRequest("conversation.id", "conversation.id is missing")).when(handler)
                .authenticate(any());
        assertThat(post("/desk", "{}").body()).contains("\"field\":\"conversation.id\"");
    }

    @Test
    void unknownHandlersTooLargeAndNonUtf8BodiesAreRefused() throws Exception {
        assertThat(post("/nobody", "{}").status).isEqualTo(404);
        assertThat(post("/desk", "x".repeat(65)).status).isEqualTo(413);
        Answer latin1 = post("/desk", new byte[] {'{', (byte) 0xFC, '}'});
        assertThat(latin1.status).isEqualTo(400);
        assertThat(latin1.body()).contains("UTF-8");
        verify(handler, never()).authenticate(any());
    }

    @Test
    void aBrokenHandlerIs500AndADatabaseOutage503ForTheHostToRetry() throws Exception {
        when(handler.parse(any())).thenThrow(new IllegalStateException("bug"));
        assertThat(post("/desk", "{}").status).isEqualTo(500);

        doReturn(WebhookEvent.of("desk", "m-1", "message", null, "{}")).when(handler).parse(any());
        when(inbox.add(anyString(), anyString(), anyString(), any(), anyString()))
                .thenThrow(new StoreUnavailableException("down", null));
        Answer answer = post("/desk", "{}");
        assertThat(answer.status).isEqualTo(503);
        assertThat(answer.headers).contains("Retry-After");
    }

    private Answer post(String path, String body) throws IOException {
        return post(path, body.getBytes(StandardCharsets.UTF_8));
    }

    private Answer post(String path, byte[] body) throws IOException {
        HttpServletRequest request = mock(HttpServletRequest.class);
        when(request.getMethod()).thenReturn("POST");
        int query = path.indexOf('?');
        when(request.getPathInfo()).thenReturn(query < 0 ? path : path.substring(0, query));
        when(request.getQueryString()).thenReturn(query < 0 ? null : path.substring(query + 1));
        when(request.getContentLengthLong()).thenReturn((long) body.length);
        when(request.getRemoteAddr()).thenReturn("127.0.0.1");
        when(request.getHeaderNames()).thenReturn(Collections.enumeration(List.of("X-Signature")));
        when(request.getHeaders("X-Signature")).thenReturn(Collections.enumeration(List.of("abc")));
        when(request.getInputStream()).thenReturn(input(body));
        Answer answer = new Answer();
        HttpServletResponse response = mock(HttpServletResponse.class);
        doAnswer(call -> answer.status = call.getArgument(0)).when(response).setStatus(anyInt());
        doAnswer(call -> answer.contentType = call.getArgument(0)).when(response).setContentType(anyString());
        doAnswer(call -> answer.headers += call.getArgument(0) + ";").when(response).setHeader(anyString(), anyString());
        when(response.getOutputStream()).thenReturn(answer.output());
        endpoint.handle(request, response);
        return answer;
    }

    private static ServletInputStream input(byte[] body) {
        ByteArrayInputStream in = new ByteArrayInputStream(body);
        return new ServletInputStream() {
            @Override public int read() { return in.read(); }
            @Override public int read(byte[] b, int off, int len) { return in.read(b, off, len); }
            @Override public boolean isFinished() { return in.available() == 0; }
            @Override public boolean isReady() { return true; }
            @Override public void setReadListener(ReadListener listener) { }
        };
    }

    /** What the endpoint wrote. */
    static final class Answer {
        int status;
        String contentType;
        String headers = "";
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        String body() {
            return bytes.toString(StandardCharsets.UTF_8);
        }

        ServletOutputStream output() {
            return new ServletOutputStream() {
                @Override public void write(int b) { bytes.write(b); }
                @Override public boolean isReady() { return true; }
                @Override public void setWriteListener(WriteListener listener) { }
            };
        }
    }
}
