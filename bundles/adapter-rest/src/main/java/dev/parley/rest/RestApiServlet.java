package dev.parley.rest;

import java.io.IOException;
import java.time.Clock;
import java.util.Optional;
import java.util.function.UnaryOperator;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.osgi.service.servlet.whiteboard.HttpWhiteboardConstants;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.google.gson.JsonObject;

import dev.parley.api.ParleyException;
import dev.parley.api.conversation.Assistant;
import dev.parley.api.host.CustomerDirectory;
import dev.parley.api.nlp.EntityExtractor;
import dev.parley.api.nlp.IntentClassifier;
import dev.parley.api.nlp.SentimentAnalyzer;
import dev.parley.api.store.ConversationStore;
import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The JSON API a CRM or helpdesk calls, under {@code /api/v1}: authenticates the API key, routes
 * the request, reads its body with a hard cap and writes the answer or a problem document.
 */
@Component(service = Servlet.class, configurationPid = RestApiServlet.PID, property = {
        HttpWhiteboardConstants.HTTP_WHITEBOARD_SERVLET_PATTERN + "=" + RestApiServlet.BASE_PATH + "/*",
        HttpWhiteboardConstants.HTTP_WHITEBOARD_SERVLET_NAME + "=parley-rest-api" })
@Designate(ocd = RestApiServlet.Config.class)
public final class RestApiServlet extends HttpServlet implements ParleyServices {

    static final String PID = "dev.parley.rest";
    static final String BASE_PATH = "/api/v1";
    static final String API_KEYS_PROPERTY = "apiKeys";
    static final String API_KEY_HEADER = "X-API-Key";
    static final String API_KEY_ENVIRONMENT_VARIABLE = "PARLEY_API_KEY";

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(RestApiServlet.class);

    @ObjectClassDefinition(name = "Parley REST API", description = "The JSON API under /api/v1 that a CRM or helpdesk "
            + "calls: conversations, messages and text analysis. Every request needs an API key in the X-API-Key header.")
    public @interface Config {
        @AttributeDefinition(name = "API keys", description = "SHA-256 hashes of the accepted API keys, each "
                + "sha256:<64 hex digits>, several separated by commas. Never the keys themselves: create a key with the "
                + "shell command 'parley:apikey generate', which adds its hash here. The environment variable "
                + "PARLEY_API_KEY, when set at start, adds one more key.")
        String[] apiKeys() default {};

        @AttributeDefinition(name = "Maximum text size", description = "Largest customer text accepted, in UTF-8 bytes; "
                + "longer texts are refused with 413.")
        int maxTextBytes() default 8192;

        @AttributeDefinition(name = "Maximum body size", description = "Largest request body accepted, in bytes; "
                + "larger bodies are refused with 413 before they are read.")
        int maxBodyBytes() default 65536;

        @AttributeDefinition(name = "Maximum JSON nesting", description = "How deeply arrays and objects of a request "
                + "body may nest.")
        int maxJsonDepth() default 16;

        @AttributeDefinition(name = "Reply timeout", description = "Seconds the assistant may take for a reply before "
                + "the request is answered with 503; the host retries with the same message id.")
        int replyTimeoutSeconds() default 20;

        @AttributeDefinition(name = "Concurrent replies", description = "Messages handled at the same time; more wait "
                + "in a short queue, and beyond it are refused with 503.")
        int maxConcurrentReplies() default 16;

        @AttributeDefinition(name = "Retry-After", description = "Seconds a client is told to wait (Retry-After) when "
                + "Parley is unavailable or busy.")
        int retryAfterSeconds() default 5;

        @AttributeDefinition(name = "Default channel", description = "Channel of a conversation created without one.")
        String defaultChannel() default "rest";
    }

    private final transient UnaryOperator<String> environment;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private transient volatile ConversationStore store;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private transient volatile Assistant assistant;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private transient volatile CustomerDirectory customers;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private transient volatile IntentClassifier classifier;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private transient volatile EntityExtractor extractor;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private transient volatile SentimentAnalyzer sentimentAnalyzer;

    /** Everything a configuration change replaces at once. */
    private record State(Settings settings, ApiKeys keys, ReplyCalls calls, ConversationsResource conversations,
            MessagesResource messages, AnalyzeResource analyze) {
    }

    private transient volatile State state;

    public RestApiServlet() {
        this(System::getenv);
    }

    RestApiServlet(UnaryOperator<String> environment) {
        this.environment = environment;
    }

    @Activate
    @Modified
    void configure(Config config) {
        Settings settings = Settings.of(config);
        ApiKeys keys = ApiKeys.of(config.apiKeys(), environment.apply(API_KEY_ENVIRONMENT_VARIABLE));
        if (keys.rejectedCount() > 0) {
            LOG.warn("{}: {} entries of apiKeys are not of the form sha256:<64 hex digits> and are ignored; "
                    + "put hashes there, never keys (parley:apikey generate)", PID, keys.rejectedCount());
        }
        if (keys.isEmpty()) {
            LOG.warn("{}: no API key is configured, so every request to {} is refused with 401; create one with "
                    + "'parley:apikey generate' or set PARLEY_API_KEY", PID, BASE_PATH);
        }
        ReplyCalls calls = new ReplyCalls(settings.maxConcurrentReplies(), settings.retryAfterSeconds());
        State previous = state;
        state = new State(settings, keys, calls, new ConversationsResource(this, settings),
                new MessagesResource(this, settings, calls, Clock.systemUTC()), new AnalyzeResource(this, settings));
        if (previous != null) {
            previous.calls().close();
        }
        LOG.info("REST API at {} with {} API keys, text up to {} bytes, replies within {} s", BASE_PATH, keys.size(),
                settings.maxTextBytes(), settings.replyTimeout().toSeconds());
    }

    @Deactivate
    void deactivate() {
        state.calls().close();
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        State current = state;
        String endpoint = request.getMethod() + " " + BASE_PATH + Optional.ofNullable(request.getPathInfo()).orElse("");
        try {
            if (!current.keys().accepts(request.getHeader(API_KEY_HEADER))) {
                throw unauthorized(request, current.keys());
            }
            ApiRoute.Match match = ApiRoute.match(request.getPathInfo()).orElseThrow(() -> ProblemException.notFound(
                    "no endpoint " + endpoint.substring(endpoint.indexOf(' ') + 1) + "; see the REST API section of the README"));
            if (!match.route().method().equals(request.getMethod())) {
                throw new ProblemException(405, "method-not-allowed", "Method not allowed", request.getMethod() + " is not "
                        + "allowed here; use " + match.route().method(), null).withHeader("Allow", match.route().method());
            }
            dispatch(match, request, response, current);
        } catch (ProblemException problem) {
            ProblemWriter.write(response, problem, request.getRequestURI());
        } catch (ParleyException failure) {
            ProblemWriter.write(response, FailureProblems.of(failure, endpoint, current.settings().retryAfterSeconds()),
                    request.getRequestURI());
        } catch (IOException unreadable) {
            LOG.debug("{}: request body could not be read", endpoint, unreadable);
            ProblemWriter.write(response, new ProblemException(408, "request-timeout", "Request timeout",
                    "the request body did not arrive completely; send it again", null), request.getRequestURI());
        } catch (RuntimeException unexpected) {
            ProblemWriter.write(response, FailureProblems.unexpected(unexpected, endpoint), request.getRequestURI());
        }
    }

    private static void dispatch(ApiRoute.Match match, HttpServletRequest request, HttpServletResponse response, State state)
            throws IOException {
        switch (match.route()) {
            case READ_CONVERSATION -> JsonResponses.write(response, 200, state.conversations().read(match.conversationId()));
            case CREATE_CONVERSATION -> {
                JsonObject created = state.conversations().create(body(request, state.settings()));
                response.setHeader("Location", request.getContextPath() + BASE_PATH + "/conversations/"
                        + created.get("id").getAsString());
                JsonResponses.write(response, 201, created);
            }
            case POST_MESSAGE -> JsonResponses.write(response, 200, state.messages().post(match.conversationId(),
                    body(request, state.settings()), request.getHeader("Idempotency-Key")));
            case ANALYZE -> JsonResponses.write(response, 200, state.analyze().analyze(body(request, state.settings())));
        }
    }

    private static JsonFields body(HttpServletRequest request, Settings settings) throws IOException {
        long length = request.getContentLengthLong();
        RequestBody.requireJson(request.getContentType(), length);
        return JsonFields.parse(RequestBody.read(request.getInputStream(), length, settings.maxBodyBytes()),
                settings.maxJsonDepth());
    }

    private static ProblemException unauthorized(HttpServletRequest request, ApiKeys keys) {
        // Which key was tried is never logged: it may be a real key with a typo.
        LOG.debug("refused {} {}: {} API key", request.getMethod(), request.getRequestURI(),
                request.getHeader(API_KEY_HEADER) == null ? "no" : "a wrong");
        if (keys.isEmpty()) {
            return ProblemException.unauthorized("this Parley has no API key configured; an administrator creates one "
                    + "with 'parley:apikey generate'");
        }
        return ProblemException.unauthorized(request.getHeader(API_KEY_HEADER) == null
                ? "send your API key in the " + API_KEY_HEADER + " header"
                : "the API key in the " + API_KEY_HEADER + " header is not valid; ask the Parley administrator for one");
    }

    @Override
    public Optional<ConversationStore> store() {
        return Optional.ofNullable(store);
    }

    @Override
    public Optional<Assistant> assistant() {
        return Optional.ofNullable(assistant);
    }

    @Override
    public Optional<CustomerDirectory> customers() {
        return Optional.ofNullable(customers);
    }

    @Override
    public Optional<IntentClassifier> classifier() {
        return Optional.ofNullable(classifier);
    }

    @Override
    public Optional<EntityExtractor> extractor() {
        return Optional.ofNullable(extractor);
    }

    @Override
    public Optional<SentimentAnalyzer> sentimentAnalyzer() {
        return Optional.ofNullable(sentimentAnalyzer);
    }
}
