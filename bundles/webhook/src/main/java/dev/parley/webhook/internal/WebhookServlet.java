package dev.parley.webhook.internal;

import java.io.IOException;
import java.time.Clock;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.servlet.whiteboard.HttpWhiteboardConstants;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.parley.webhook.PermanentFailure;
import dev.parley.webhook.WebhookEvent;
import dev.parley.webhook.WebhookHandler;
import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Serves every {@link WebhookHandler} at {@code POST /webhooks/<name>} and processes the accepted
 * events of the inbox with this container's workers; {@link WebhookEndpoint} handles the requests.
 */
@Component(service = Servlet.class, property = {
        HttpWhiteboardConstants.HTTP_WHITEBOARD_SERVLET_PATTERN + "=" + WebhookEndpoint.BASE_PATH + "/*",
        HttpWhiteboardConstants.HTTP_WHITEBOARD_SERVLET_NAME + "=parley-webhooks" })
public final class WebhookServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(WebhookServlet.class);

    private final transient Map<String, WebhookHandler> handlers = new ConcurrentHashMap<>();
    private final transient QueueWorker worker;
    private final transient WebhookEndpoint endpoint;

    @Activate
    public WebhookServlet(@Reference WebhookQueues queues) {
        Clock clock = Clock.systemUTC();
        this.worker = new QueueWorker(queues.inbox(), () -> Set.copyOf(handlers.keySet()), this::process,
                queues.settings().worker(), clock);
        this.endpoint = new WebhookEndpoint(handlers::get, queues.inbox(), worker::wake,
                queues.settings().maxBodyBytes(), clock);
        worker.start();
    }

    @Deactivate
    void deactivate() {
        worker.close();
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addHandler(WebhookHandler handler, Map<String, Object> properties) {
        String name = nameOf(handler, properties);
        if (name != null) {
            handlers.put(name, handler);
            LOG.info("Webhook {} served at {}/{}", name, WebhookEndpoint.BASE_PATH, name);
            if (worker != null) {
                worker.wake();
            }
        }
    }

    void removeHandler(WebhookHandler handler, Map<String, Object> properties) {
        String name = nameOf(handler, properties);
        if (name != null && handlers.remove(name, handler)) {
            LOG.info("Webhook {} no longer served; its accepted events wait in the inbox", name);
        }
    }

    private static String nameOf(WebhookHandler handler, Map<String, Object> properties) {
        Object name = properties.get(WebhookHandler.NAME);
        if (!(name instanceof String text) || !text.matches("[A-Za-z0-9_-]{1,64}")) {
            LOG.warn("Webhook handler {} has no valid service property {} (letters, digits, - and _); it is not "
                    + "served", handler.getClass().getName(), WebhookHandler.NAME);
            return null;
        }
        return text;
    }

    private Outcome process(DurableQueue.Entry entry) throws Exception {
        WebhookHandler handler = handlers.get(entry.topic());
        if (handler == null) {
            return Outcome.retry(null, "no webhook handler " + entry.topic());
        }
        try {
            handler.process(new WebhookEvent(entry.topic(), entry.key(), entry.kind(), entry.orderingKey(),
                    entry.content(), false));
            return Outcome.DONE;
        } catch (PermanentFailure e) {
            return Outcome.dead(e.getMessage());
        }
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        endpoint.handle(request, response);
    }
}
