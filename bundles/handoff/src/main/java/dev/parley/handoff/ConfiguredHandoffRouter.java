package dev.parley.handoff;

import dev.parley.api.handoff.Handoff;
import dev.parley.api.handoff.HandoffRequest;
import dev.parley.api.handoff.HandoffRouter;
import java.util.Objects;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link HandoffRouter} service: queue and priority from the rules of configuration PID
 * {@value #PID}, expected response time from its business hours. A changed configuration applies
 * to the next handoff; each invalid entry is logged once at WARN and skipped, so a typo never
 * stops routing.
 */
@Component(service = HandoffRouter.class, configurationPid = ConfiguredHandoffRouter.PID)
@Designate(ocd = ConfiguredHandoffRouter.Config.class)
public final class ConfiguredHandoffRouter implements HandoffRouter {

    /** The configuration PID. */
    public static final String PID = "dev.parley.handoff";

    private static final Logger LOG = LoggerFactory.getLogger(ConfiguredHandoffRouter.class);

    /**
     * Where handoffs go and how urgent they are. List properties take comma-separated entries (in
     * a .cfg file) or arrays (in a .config file).
     */
    @ObjectClassDefinition(name = "Parley handoff routing",
            description = "Which queue takes over a conversation, how urgently, and when the customer can expect"
                    + " an answer in business hours.")
    public @interface Config {

        @AttributeDefinition(name = "Queues", description = "The departments or groups of the helpdesk that take"
                + " over conversations. Only these are ever returned. Names: letters, digits, spaces, '_', '-', '.'.")
        String[] queues() default {"general", "billing", "shipping", "technical", "accounts", "sales"};

        @AttributeDefinition(name = "Default queue", description = "The queue when no rule names one, and for rules"
                + " that name a queue not in Queues. Must be one of Queues (else the first of them is used).")
        String defaultQueue() default "general";

        @AttributeDefinition(name = "Default priority", description = "The priority when no rule sets one: low,"
                + " normal, high or urgent.")
        String defaultPriority() default "normal";

        @AttributeDefinition(name = "Rule order", description = "The order in which the kinds of rule choose the"
                + " queue: the first matching rule that names a queue wins. The priority is the highest of all"
                + " matching rules, whatever their order. Kinds left out follow in the default order.")
        String[] ruleOrder() default {"trigger", "keyword", "intent", "tier", "sentiment"};

        @AttributeDefinition(name = "Trigger rules", description = "<trigger>=<queue>[:<priority>] or"
                + " <trigger>=:<priority>. Triggers: customer_request, negative_sentiment, low_confidence,"
                + " sensitive_intent, skill_failure, policy, predicted_escalation.")
        String[] triggerRules() default {"sensitive_intent=:high", "negative_sentiment=:high"};

        @AttributeDefinition(name = "Keyword rules", description = "<words>=<queue>[:<priority>]: words or phrases"
                + " separated by '|', matched as whole words ignoring case; a trailing * allows any ending"
                + " (fraud* matches fraudulent).")
        String[] keywordRules() default {
            "fraud*|scam*|chargeback*|stolen card|unauthorised|unauthorized=billing:urgent",
            "lawyer*|attorney*|legal action|lawsuit|sue=general:urgent",
            "hacked|data breach|gdpr=accounts:urgent"};

        @AttributeDefinition(name = "Intent rules", description = "<intent>=<queue>[:<priority>] or"
                + " <intent>=:<priority>, e.g. refund_request=billing or payment_problem=billing:high.")
        String[] intentRules() default {
            "refund_request=billing", "payment_problem=billing:high", "invoice_request=billing",
            "delivery_problem=shipping", "damaged_item=shipping", "wrong_item=shipping", "track_order=shipping",
            "order_status=shipping", "cancel_order=shipping", "change_shipping_address=shipping",
            "return_item=shipping", "delivery_time=shipping", "shipping_cost=shipping",
            "reset_password=accounts", "update_email=accounts", "update_phone=accounts",
            "update_address=accounts", "delete_account=accounts", "unsubscribe=accounts",
            "product_availability=sales", "discount_code=sales"};

        @AttributeDefinition(name = "Tier rules", description = "<tier>=<queue>[:<priority>] or <tier>=:<priority>"
                + " for the customer's tier in the host system, e.g. vip=:high.")
        String[] tierRules() default {"vip=:high"};

        @AttributeDefinition(name = "Sentiment rules", description = "<emotion>=... or score<<number>=... with"
                + " [<queue>][:<priority>]. Emotions: anger, frustration, sadness, fear, joy, surprise, neutral;"
                + " the score runs from -1 (very negative) to 1.")
        String[] sentimentRules() default {"anger=:urgent", "frustration=:high", "score<-0.5=:high"};

        @AttributeDefinition(name = "Time zone", description = "The time zone of the opening hours and holidays,"
                + " a region id such as Europe/Berlin.")
        String timeZone() default BusinessHoursParser.DEFAULT_TIME_ZONE;

        @AttributeDefinition(name = "Opening hours", description = "When staff answer: <day or day range>"
                + " <HH:mm-HH:mm> [more windows], e.g. mon-fri 09:00-17:00, sat 10:00-14:00. Days: mon ... sun;"
                + " 24:00 ends at midnight. Empty: staffed around the clock.")
        String[] openingHours() default {"mon-fri 09:00-17:00", "sat 10:00-14:00"};

        @AttributeDefinition(name = "Holidays", description = "Closed days: a date (2026-12-24), a day of every"
                + " year (12-25) or a range (2026-12-24..2027-01-01).")
        String[] holidays() default {};

        @AttributeDefinition(name = "First-response targets", description = "<priority>=<duration> of business time"
                + " within which a person answers: 90m, 4h, 1h30m or PT1H30M. Priorities left out keep their"
                + " default: urgent=1h, high=4h, normal=8h, low=24h.")
        String[] responseTargets() default {"urgent=1h", "high=4h", "normal=8h", "low=24h"};
    }

    private volatile RoutingPolicy policy;

    /** Starts with the given configuration. */
    @Activate
    public ConfiguredHandoffRouter(Config config) {
        configure(config);
    }

    @Modified
    void configure(Config config) {
        RoutingPolicyReader.Result result = RoutingPolicyReader.read(config);
        for (String problem : result.problems()) {
            LOG.warn("{}: {}", PID, problem);
        }
        RoutingPolicy configured = result.policy();
        policy = configured;
        LOG.info("Handoff routing configured: queues {} (default {}), {} rules, business hours in {}{}",
                configured.queues().names(), configured.queues().defaultQueue(), configured.rules().size(),
                configured.calendar().zone(), result.problems().isEmpty() ? ""
                        : "; " + result.problems().size() + " configuration problems logged above");
    }

    /**
     * {@inheritDoc}
     *
     * <p>Logs the decision at DEBUG without the customer's text.
     */
    @Override
    public Handoff route(HandoffRequest request) {
        Objects.requireNonNull(request, "request");
        Handoff handoff = policy.route(request);
        LOG.debug("conversation {} handed off to {} at priority {}, answer expected by {}",
                request.conversationId(), handoff.queue(), handoff.priority(), handoff.expectedResponseBy());
        return handoff;
    }
}
