package dev.parley.assistant;

import dev.parley.api.conversation.Assistant;
import dev.parley.api.conversation.IncomingMessage;
import dev.parley.api.conversation.Reply;
import dev.parley.api.handoff.HandoffRouter;
import dev.parley.api.host.CustomerDirectory;
import dev.parley.api.host.OrderService;
import dev.parley.api.host.TicketService;
import dev.parley.api.knowledge.KnowledgeBase;
import dev.parley.api.nlp.EntityExtractor;
import dev.parley.api.nlp.IntentClassifier;
import dev.parley.api.nlp.SentimentAnalyzer;
import dev.parley.api.risk.EscalationRisk;
import dev.parley.api.skill.Skill;
import dev.parley.api.store.ConversationStore;
import java.time.Clock;
import java.util.Map;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link Assistant} service. Only the {@link ConversationStore} is mandatory: NLP, host
 * systems, the handoff router, the knowledge base and skills are tracked as they come and go, and
 * each message is handled with the services present at that moment, so the assistant starts as
 * soon as a store is there and falls back cleanly while a service is missing.
 */
@Component(service = Assistant.class, configurationPid = AssistantComponent.PID)
@Designate(ocd = AssistantComponent.Config.class)
public final class AssistantComponent implements Assistant {

    /** The configuration PID. */
    public static final String PID = "dev.parley.assistant";

    private static final Logger LOG = LoggerFactory.getLogger(AssistantComponent.class);

    /** What a deployment can change; each attribute's description is the admin's documentation. */
    @ObjectClassDefinition(name = "Parley assistant",
            description = "How the assistant answers customers: message limits, when it hands off to a person,"
                    + " and the time zone of its texts.")
    public @interface Config {

        @AttributeDefinition(name = "Maximum text length",
                description = "The longest message text accepted, in characters (default 8192). A longer message"
                        + " is refused as invalid (REST: HTTP 400) and not stored.")
        int maxTextLength() default AssistantSettings.DEFAULT_MAX_TEXT_LENGTH;

        @AttributeDefinition(name = "Retries on concurrent change",
                description = "How often a message is handled anew when another node changed its conversation"
                        + " meanwhile (default 3). When they are used up the host gets a temporary error and"
                        + " retries.")
        int staleRetries() default AssistantSettings.DEFAULT_STALE_RETRIES;

        @AttributeDefinition(name = "Default language",
                description = "BCP 47 tag of the language used when neither the message nor the conversation"
                        + " names one (default en).")
        String defaultLocale() default AssistantSettings.DEFAULT_LOCALE;

        @AttributeDefinition(name = "Time zone",
                description = "The business's time zone, e.g. Europe/Berlin: relative dates in messages and the"
                        + " time a person will answer after a handoff outside business hours are given in it."
                        + " Keep it equal to the handoff router's time zone (the default is the same)."
                        + " Empty: the system's time zone.")
        String timeZone() default "Europe/Berlin";

        @AttributeDefinition(name = "Confidence threshold",
                description = "Intents classified with a lower confidence (0..1, default 0.5) count as not"
                        + " understood: no skill acts on them; the knowledge base or a clarifying answer does.")
        double confidenceThreshold() default AssistantSettings.DEFAULT_CONFIDENCE_THRESHOLD;

        @AttributeDefinition(name = "Not-understood turns before handoff",
                description = "After this many out-of-scope or low-confidence turns in a row that the knowledge"
                        + " base could not answer either, a person takes over (trigger LOW_CONFIDENCE; default 2).")
        int lowConfidenceTurns() default AssistantSettings.DEFAULT_LOW_CONFIDENCE_TURNS;

        @AttributeDefinition(name = "Negative sentiment threshold",
                description = "A message whose sentiment score (-1..1) is at or below this value hands off to a"
                        + " person (trigger NEGATIVE_SENTIMENT; default -0.6).")
        double negativeSentimentThreshold() default AssistantSettings.DEFAULT_NEGATIVE_SENTIMENT_THRESHOLD;

        @AttributeDefinition(name = "Anger confidence",
                description = "A message whose dominant emotion is anger with at least this confidence (0..1,"
                        + " default 0.5) hands off to a person (trigger NEGATIVE_SENTIMENT).")
        double angerMinConfidence() default AssistantSettings.DEFAULT_ANGER_MIN_CONFIDENCE;

        @AttributeDefinition(name = "Phrases asking for a person",
                description = "Words or phrases that ask for a person, matched case-insensitively as whole words"
                        + " (a trailing plural s allowed) in any message, besides the intent talk_to_human."
                        + " Such a request is always honoured (trigger CUSTOMER_REQUEST).")
        String[] humanRequestPhrases() default {
            "human", "real person", "a person", "live person", "actual person", "someone real", "agent",
            "live agent", "representative", "rep", "operator", "speak to someone", "talk to someone",
            "speak with someone", "talk with someone", "someone from your team", "staff member", "manager",
            "supervisor", "not a bot", "not a robot", "no more bot"};

        @AttributeDefinition(name = "Sensitive intents",
                description = "Intents that always go to a person (trigger SENSITIVE_INTENT), default"
                        + " delete_account and complaint.")
        String[] sensitiveIntents() default {"delete_account", "complaint"};

        @AttributeDefinition(name = "Sensitive keywords",
                description = "Words or phrases that send a message to a person whatever its intent (trigger"
                        + " SENSITIVE_INTENT), matched like the phrases asking for a person.")
        String[] sensitiveKeywords() default {
            "fraud", "fraudulent", "lawyer", "attorney", "solicitor", "legal action", "court", "sue you", "suing",
            "lawsuit", "chargeback", "gdpr", "data protection", "privacy complaint", "identity theft", "stolen card",
            "police", "ombudsman", "consumer protection"};

        @AttributeDefinition(name = "Confidence to leave a pending question",
                description = "While a skill waits for an answer (an order number, a yes or no), a message with"
                        + " another intent at this confidence or more (0..1, default 0.8), other than affirm or"
                        + " deny and without an order number, e-mail, phone or product code, drops the question"
                        + " and is handled as a new request.")
        double pendingEscapeConfidence() default AssistantSettings.DEFAULT_PENDING_ESCAPE_CONFIDENCE;

        @AttributeDefinition(name = "Knowledge-base score threshold",
                description = "The knowledge-base score from which its best hit is given as an answer when no"
                        + " skill can answer (default 0: every hit the knowledge base returns, which already"
                        + " leaves out irrelevant ones). Weaker hits are only offered as suggestions.")
        double knowledgeMinScore() default AssistantSettings.DEFAULT_KNOWLEDGE_MIN_SCORE;

        @AttributeDefinition(name = "Default handoff queue",
                description = "The queue of a handoff while no handoff router is installed (default general).")
        String defaultQueue() default AssistantSettings.DEFAULT_QUEUE;

        @AttributeDefinition(name = "History for personalization",
                description = "How many of a returning customer's past conversations are read to greet them"
                        + " (default 3).")
        int historyLimit() default AssistantSettings.DEFAULT_HISTORY_LIMIT;

        @AttributeDefinition(name = "Predicted escalation threshold",
                description = "When an escalation-risk service is installed (the risk bundle), a conversation whose"
                        + " risk of ending with a person is at or above this probability (0..1, default 0.9) is"
                        + " handed to a person before the customer gets angry (trigger PREDICTED_ESCALATION)."
                        + " 1 switches it off. Without the service nothing changes.")
        double predictedEscalationThreshold() default AssistantSettings.DEFAULT_PREDICTED_ESCALATION_THRESHOLD;
    }

    @Reference
    private ConversationStore store;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile IntentClassifier classifier;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile EntityExtractor extractor;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile SentimentAnalyzer sentimentAnalyzer;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile CustomerDirectory customers;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile OrderService orders;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile TicketService tickets;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile HandoffRouter router;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile KnowledgeBase knowledge;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile EscalationRisk escalationRisk;

    private final SkillRegistry skills = new SkillRegistry();

    private volatile TurnPipeline pipeline;

    @Activate
    void activate(Config config) {
        configure(config);
        LOG.info("Assistant started with {} skill(s)", skills.size());
    }

    @Modified
    void configure(Config config) {
        AssistantSettings settings = SettingsReader.read(config);
        pipeline = new TurnPipeline(settings, Clock.system(settings.timeZone()));
        LOG.info("Assistant configured: maxTextLength={}, confidenceThreshold={}, lowConfidenceTurns={},"
                + " negativeSentimentThreshold={}, timeZone={}, sensitiveIntents={}",
                settings.maxTextLength(), settings.confidenceThreshold(), settings.lowConfidenceTurns(),
                settings.negativeSentimentThreshold(), settings.timeZone(), settings.sensitiveIntents());
    }

    @Deactivate
    void deactivate() {
        LOG.info("Assistant stopped");
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addSkill(Skill skill, Map<String, Object> properties) {
        skills.add(skill, properties);
    }

    void removeSkill(Skill skill) {
        skills.remove(skill);
    }

    @Override
    public Reply handle(IncomingMessage message) {
        Services services = new Services(store, classifier, extractor, sentimentAnalyzer, customers, orders,
                tickets, router, knowledge, skills, escalationRisk);
        return pipeline.handle(message, services);
    }
}
