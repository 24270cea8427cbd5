package dev.parley.risk;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.apache.felix.hc.api.HealthCheck;
import org.apache.felix.hc.api.Result;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.parley.api.recommend.PurchaseHistory;
import dev.parley.api.risk.ChurnAssessment;
import dev.parley.api.risk.ChurnRisk;
import dev.parley.api.risk.EscalationAssessment;
import dev.parley.api.risk.EscalationRisk;
import dev.parley.api.risk.MessageSignals;
import dev.parley.store.schema.StoreDatabase;

/**
 * The {@link EscalationRisk} and {@link ChurnRisk} services. Both models start as the prior models
 * and are learnt anew from the store's history (and the host's orders, when a
 * {@link PurchaseHistory} is there) at activation and then periodically, on a thread of their own;
 * an assessment always uses the latest model and says which one it is. Its health check reports the
 * models in use and the latest failed learning run; it never learns.
 */
@Component(service = { EscalationRisk.class, ChurnRisk.class, HealthCheck.class }, configurationPid = RiskComponent.PID,
        property = { HealthCheck.NAME + "=Risk models", HealthCheck.TAGS + "=parley", HealthCheck.TAGS + "=risk" })
@Designate(ocd = RiskComponent.Config.class)
public final class RiskComponent implements EscalationRisk, ChurnRisk, HealthCheck {

    public static final String PID = "dev.parley.risk";

    private static final Logger LOG = LoggerFactory.getLogger(RiskComponent.class);

    @ObjectClassDefinition(name = "Parley risk", description = "Escalation risk of live conversations and churn"
            + " risk of customers: logistic regressions learnt from the store's history.")
    public @interface Config {
        @AttributeDefinition(description = "How often the models are learnt anew from the history, in minutes"
                + " (default 360).")
        int trainingIntervalMinutes() default 360;

        @AttributeDefinition(description = "How far back the history is read for learning, in days (default 365).")
        int historyDays() default 365;

        @AttributeDefinition(description = "Churn: how many days without a purchase or a conversation count as"
                + " not coming back (default 90).")
        int churnHorizonDays() default 90;

        @AttributeDefinition(description = "How many positive cases (handed off, churned) and as many negative ones"
                + " the history must hold before a model is learnt from it; below that the prior model is used"
                + " (default 30).")
        int minPositiveCases() default 30;

        @AttributeDefinition(description = "The L2 penalty of the logistic regressions (default 0.01).")
        double l2() default 0.01;

        @AttributeDefinition(description = "The probability at which the back-test reports precision and recall"
                + " (default 0.5).")
        double reportThreshold() default 0.5;

        @AttributeDefinition(description = "The sentiment threshold of the assistant's single-message rule, the"
                + " escalation back-test's baseline (default -0.6, as the assistant's).")
        double baselineSentimentThreshold() default -0.6;
    }

    private final StoreHistory store;
    private final EscalationTrainer escalationTrainer;
    private final ChurnTrainer churnTrainer;
    private final Duration history;
    private final Clock clock = Clock.systemUTC();
    private final ScheduledExecutorService training;
    private final EscalationScorer escalation;
    private final ChurnScorer churn;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile PurchaseHistory purchaseHistory;

    private volatile FittedModel escalationModel = EscalationTrainer.prior("prior model: not learnt yet");
    private volatile FittedModel churnModel = ChurnTrainer.prior("prior model: not learnt yet");
    private volatile Map<String, List<CustomerActivity.Purchase>> purchases = Map.of();
    /** The failure of the latest learning run per model, cleared once one succeeds again. */
    private volatile RiskModelsHealthCheck.Failure escalationFailure;
    private volatile RiskModelsHealthCheck.Failure churnFailure;

    @Activate
    public RiskComponent(@Reference StoreDatabase database, Config config) {
        this.store = new StoreHistory(database.dataSource());
        this.history = Duration.ofDays(Math.max(1, config.historyDays()));
        this.escalationTrainer = new EscalationTrainer(config.l2(), config.minPositiveCases(), 0.2,
                config.reportThreshold(), config.baselineSentimentThreshold());
        this.churnTrainer = new ChurnTrainer(config.l2(), Duration.ofDays(Math.max(1, config.churnHorizonDays())),
                config.minPositiveCases(), config.reportThreshold());
        this.escalation = new EscalationScorer(store, () -> escalationModel);
        this.churn = new ChurnScorer(store, () -> churnModel, () -> purchases, history.multipliedBy(2),
                Math.max(1, config.churnHorizonDays()), clock);
        this.training = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "parley-risk-training");
            thread.setDaemon(true);
            return thread;
        });
        training.scheduleWithFixedDelay(this::train, 0, Math.max(1, config.trainingIntervalMinutes()),
                TimeUnit.MINUTES);
        LOG.info("Risk models start as prior models; learnt from {} days of history every {} min", history.toDays(),
                config.trainingIntervalMinutes());
    }

    @Deactivate
    void deactivate() {
        training.shutdownNow();
    }

    /** Learns both models anew; a failure keeps the models in use and is retried at the next interval. */
    void train() {
        Instant now = clock.instant();
        try {
            escalationModel = escalationTrainer.fit(store.conversations(now.minus(history), now), now);
            escalationFailure = null;
            LOG.info("Escalation risk: {}{}", escalationModel.info().note(), figures(escalationModel));
        } catch (RuntimeException e) {
            escalationFailure = new RiskModelsHealthCheck.Failure(reason(e), now);
            LOG.warn("Escalation risk model could not be learnt, the previous one stays: {}", e.toString());
        }
        try {
            Map<String, List<CustomerActivity.Purchase>> bought = PurchaseIndex.read(purchaseHistory);
            purchases = bought;
            churnModel = churnTrainer.fit(customers(now, bought), now);
            churnFailure = null;
            LOG.info("Churn risk: {}{}", churnModel.info().note(), figures(churnModel));
        } catch (RuntimeException e) {
            churnFailure = new RiskModelsHealthCheck.Failure(reason(e), now);
            LOG.warn("Churn risk model could not be learnt, the previous one stays: {}", e.toString());
        }
    }

    private static String reason(RuntimeException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    @Override
    public Result execute() {
        return RiskModelsHealthCheck.of(escalationModel, escalationFailure, churnModel, churnFailure);
    }

    private List<CustomerActivity> customers(Instant now, Map<String, List<CustomerActivity.Purchase>> bought) {
        Map<String, List<CustomerActivity.Contact>> contacts = store.contacts(now.minus(history), null);
        Map<String, CustomerActivity> customers = new HashMap<>();
        contacts.forEach((id, list) -> customers.put(id, new CustomerActivity(id, List.of(), list)));
        bought.forEach((id, list) -> customers.merge(id, new CustomerActivity(id, list, List.of()),
                (known, orders) -> known.with(list)));
        return List.copyOf(customers.values());
    }

    private static String figures(FittedModel model) {
        var figures = model.info().backtest();
        return figures == null ? "" : String.format("; back-test AUC %.3f (baseline %.3f), Brier %.3f on %d cases",
                figures.auc(), figures.baselineAuc(), figures.brier(), figures.examples());
    }

    @Override
    public Optional<EscalationAssessment> forConversation(String conversationId) {
        return escalation.assess(Objects.requireNonNull(conversationId, "conversationId"), null);
    }

    @Override
    public Optional<EscalationAssessment> forConversation(String conversationId, MessageSignals current) {
        return escalation.assess(Objects.requireNonNull(conversationId, "conversationId"),
                Objects.requireNonNull(current, "current"));
    }

    @Override
    public Optional<ChurnAssessment> forCustomer(String customerId) {
        return churn.assess(Objects.requireNonNull(customerId, "customerId"));
    }
}
