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

import dev.parley.api.analytics.ServiceAnalytics;
import dev.parley.api.conversation.Assistant;
import dev.parley.api.forecast.VolumeForecaster;
import dev.parley.api.host.CustomerDirectory;
import dev.parley.api.nlp.EntityExtractor;
import dev.parley.api.nlp.IntentClassifier;
import dev.parley.api.nlp.SentimentAnalyzer;
import dev.parley.api.recommend.Recommender;
import dev.parley.api.risk.ChurnRisk;
import dev.parley.api.risk.EscalationRisk;
import dev.parley.api.store.ConversationStore;
import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The JSON API a CRM or helpdesk calls, under {@code /api/v1}: its configuration, the services it
 * calls, and the servlet registration; {@link ApiRequestHandler} handles the requests.
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
            + "calls: conversations, messages, text analysis and recommendations. Every request needs an API key in the X-API-Key header.")
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
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private transient volatile Recommender recommender;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private transient volatile ServiceAnalytics analytics;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private transient volatile VolumeForecaster forecaster;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private transient volatile EscalationRisk escalationRisk;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private transient volatile ChurnRisk churnRisk;

    /** Replaced as a whole when the configuration changes. */
    private transient volatile ApiRequestHandler handler;

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
        ApiRequestHandler previous = handler;
        handler = new ApiRequestHandler(settings, keys, calls, new ConversationsResource(this, settings),
                new MessagesResource(this, settings, calls, Clock.systemUTC()), new AnalyzeResource(this, settings),
                new RecommendationsResource(this, settings),
                new AnalyticsResource(this, settings, Clock.systemUTC()),
                new ForecastResource(this, settings),
                new RiskResource(this, settings));
        if (previous != null) {
            previous.close();
        }
        LOG.info("REST API at {} with {} API keys, text up to {} bytes, replies within {} s", BASE_PATH, keys.size(),
                settings.maxTextBytes(), settings.replyTimeout().toSeconds());
    }

    @Deactivate
    void deactivate() {
        handler.close();
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        handler.handle(request, response);
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

    @Override
    public Optional<Recommender> recommender() {
        return Optional.ofNullable(recommender);
    }

    @Override
    public Optional<ServiceAnalytics> analytics() {
        return Optional.ofNullable(analytics);
    }

    @Override
    public Optional<VolumeForecaster> forecaster() {
        return Optional.ofNullable(forecaster);
    }

    @Override
    public Optional<EscalationRisk> escalationRisk() {
        return Optional.ofNullable(escalationRisk);
    }

    @Override
    public Optional<ChurnRisk> churnRisk() {
        return Optional.ofNullable(churnRisk);
    }
}
