package dev.parley.recommend;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.parley.api.ParleyException;
import dev.parley.api.recommend.PurchaseHistory;
import dev.parley.api.recommend.Recommendation;
import dev.parley.api.recommend.Recommender;

/**
 * The {@link Recommender}: trains in the background from every {@link PurchaseHistory} the host
 * adapters register and from an optional transactions file, at start, when a history appears and
 * then every {@code retrainMinutes}. Until the first training ends it recommends nothing; a failed
 * training keeps the previous model.
 */
@Component(service = Recommender.class, configurationPid = RecommendService.PID)
@Designate(ocd = RecommendService.Config.class)
public final class RecommendService implements Recommender {

    static final String PID = "dev.parley.recommend";

    private static final Logger LOG = LoggerFactory.getLogger(RecommendService.class);

    @ObjectClassDefinition(name = "Parley recommendations", description = "Item-to-item recommendations from what "
            + "customers bought: trained from the host's orders and optionally a transactions CSV.")
    public @interface Config {
        @AttributeDefinition(name = "Transactions file", description = "A CSV with the header InvoiceNo,StockCode,"
                + "Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country to train from besides the host's "
                + "orders; empty for none. Relative paths are resolved against the working directory.")
        String transactionsFile() default "";

        @AttributeDefinition(name = "Retrain interval", description = "Minutes between trainings; 0 trains only at "
                + "start and when a host's order history appears.")
        int retrainMinutes() default 1440;

        @AttributeDefinition(name = "Exclude purchased", description = "Leave out items the customer already bought: "
                + "a shop's customers expect to discover something new, not to be offered what they have.")
        boolean excludePurchased() default true;

        @AttributeDefinition(name = "Neighbours", description = "Similar items kept per item.")
        int neighbours() default 50;

        @AttributeDefinition(name = "History half-life", description = "Days after which a purchase counts half as "
                + "much for 'because you bought'.")
        double historyHalfLifeDays() default 60;

        @AttributeDefinition(name = "Popularity half-life", description = "Days after which a purchase counts half as "
                + "much for popularity (new customers, filling short lists).")
        double popularityHalfLifeDays() default 30;

        @AttributeDefinition(name = "Bought-together weight", description = "Weight of items bought in the same order "
                + "next to items bought by the same customers.")
        double togetherWeight() default 1.0;
    }

    private final List<PurchaseHistory> histories = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService trainer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "parley-recommend-training");
        thread.setDaemon(true);
        return thread;
    });
    private volatile RecommendationModel model = RecommendationModel.empty();
    private volatile Tuning tuning = Tuning.DEFAULTS;
    private volatile Path transactions;

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addHistory(PurchaseHistory history) {
        histories.add(history);
        trainSoon();
    }

    void removeHistory(PurchaseHistory history) {
        histories.remove(history);
    }

    @Activate
    void activate(Config config) {
        tuning = new Tuning(config.neighbours(), config.historyHalfLifeDays(), config.popularityHalfLifeDays(),
                config.togetherWeight(), config.excludePurchased());
        transactions = config.transactionsFile().isBlank() ? null : Path.of(config.transactionsFile().strip());
        trainSoon();
        if (config.retrainMinutes() > 0) {
            trainer.scheduleWithFixedDelay(this::train, config.retrainMinutes(), config.retrainMinutes(), TimeUnit.MINUTES);
        }
    }

    @Deactivate
    void deactivate() {
        trainer.shutdownNow();
    }

    private void trainSoon() {
        if (!trainer.isShutdown()) {
            trainer.execute(this::train);
        }
    }

    /** One training run; never throws, so the schedule survives a failure. */
    void train() {
        long started = System.nanoTime();
        PurchaseLog log = new PurchaseLog();
        try {
            for (PurchaseHistory history : histories) {
                history.forEachOrder(OrderPurchases.into(log::add));
            }
            int fromOrders = log.size();
            if (transactions != null) {
                readTransactions(log);
            }
            model = Trainer.train(log, tuning);
            LOG.info("recommendations trained on {} purchases ({} from the host's orders) of {} customers and {} items "
                    + "in {} ms", log.size(), fromOrders, model.customerCount(), model.itemCount(),
                    (System.nanoTime() - started) / 1_000_000);
        } catch (ParleyException | InvalidTransactionsException | UncheckedIOException failure) {
            LOG.warn("recommendations not retrained, the previous model stays: {}", failure.getMessage());
        } catch (RuntimeException unexpected) {
            LOG.error("recommendations not retrained, the previous model stays", unexpected);
        }
    }

    private void readTransactions(PurchaseLog log) {
        TransactionsCsv csv = new TransactionsCsv();
        try (Reader reader = Files.newBufferedReader(transactions, StandardCharsets.UTF_8)) {
            csv.read(reader, log::add);
        } catch (IOException failure) {
            throw new UncheckedIOException("cannot read the transactions file " + transactions + ": " + failure.getMessage(),
                    failure);
        }
        LOG.info("{}: {} purchases from {} rows; skipped {} cancelled, {} non-positive quantity, {} without customer, "
                + "{} non-product, {} unparsable", transactions, csv.purchases(), csv.rows(),
                csv.skipped(SkipReason.CANCELLED), csv.skipped(SkipReason.NON_POSITIVE_QUANTITY),
                csv.skipped(SkipReason.MISSING_CUSTOMER), csv.skipped(SkipReason.NON_PRODUCT),
                csv.skipped(SkipReason.UNPARSABLE));
    }

    @Override
    public List<Recommendation> forCustomer(String customerId, int limit) {
        return model.forCustomer(customerId, limit);
    }

    @Override
    public List<Recommendation> relatedTo(String itemId, int limit) {
        return model.relatedTo(itemId, limit);
    }
}
