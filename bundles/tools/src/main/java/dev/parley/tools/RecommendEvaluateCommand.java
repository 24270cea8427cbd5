package dev.parley.tools;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Set;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonObject;

import dev.parley.recommend.RecommendationModel;
import dev.parley.recommend.SkipReason;
import dev.parley.recommend.Trainer;
import dev.parley.recommend.TransactionsCsv;
import dev.parley.recommend.Tuning;

/** {@code evaluate}: a time-split evaluation of the recommender against a popularity baseline. */
final class RecommendEvaluateCommand {

    static final Set<String> OPTIONS = Set.of("data", "test-from", "k");

    private final Options options;

    RecommendEvaluateCommand(Options options) {
        this.options = options;
    }

    String run() throws UsageException, IOException {
        Path data = options.existingFile("data");
        int k = k();
        Instant testFrom = options.get("test-from", null) != null ? testFrom() : defaultSplit(data);

        RecommendEvaluation evaluation = new RecommendEvaluation(testFrom);
        TransactionsCsv csv = new TransactionsCsv();
        try (Reader reader = Files.newBufferedReader(data, StandardCharsets.UTF_8)) {
            csv.read(reader, evaluation::accept);
        }
        if (evaluation.training().size() == 0) {
            throw new UsageException("no purchase in " + data + " is before " + testFrom.atZone(ZoneOffset.UTC).toLocalDate()
                    + "; choose a later --test-from");
        }
        Runtime runtime = Runtime.getRuntime();
        long started = System.nanoTime();
        RecommendationModel model = Trainer.train(evaluation.training(), Tuning.DEFAULTS);
        double trainSeconds = (System.nanoTime() - started) / 1e9;
        long heapBytes = runtime.totalMemory() - runtime.freeMemory();

        Map<String, Set<String>> truth = evaluation.truth();
        RecommendEvaluation.Metrics figures = RecommendEvaluation.measure(truth, k, model.itemCount(), model::forCustomer);
        RecommendEvaluation.Metrics baseline = RecommendEvaluation.measure(truth, k, model.itemCount(), model::popularFor);

        JsonObject json = new JsonObject();
        put(json, "precision_at_k", figures.precision());
        put(json, "recall_at_k", figures.recall());
        put(json, "ndcg_at_k", figures.ndcg());
        put(json, "coverage", figures.coverage());
        put(json, "baseline_precision_at_k", baseline.precision());
        put(json, "baseline_recall_at_k", baseline.recall());
        put(json, "baseline_ndcg_at_k", baseline.ndcg());
        put(json, "baseline_coverage", baseline.coverage());
        json.addProperty("k", k);
        json.addProperty("test_from", testFrom.atZone(ZoneOffset.UTC).toLocalDate().toString());
        json.addProperty("customers_evaluated", truth.size());
        json.addProperty("train_purchases", evaluation.training().size());
        json.addProperty("train_items", model.itemCount());
        json.addProperty("train_customers", model.customerCount());
        put(json, "train_seconds", trainSeconds);
        json.addProperty("heap_used_mb", heapBytes / (1024 * 1024));
        json.addProperty("rows", csv.rows());
        for (SkipReason reason : SkipReason.values()) {
            json.addProperty(reason.key(), csv.skipped(reason));
        }
        if (csv.brokenAtLine() >= 0) {
            json.addProperty("broken_record_at_line", csv.brokenAtLine());
        }
        return new GsonBuilder().create().toJson(json);
    }

    private int k() throws UsageException {
        String value = options.get("k", "10");
        try {
            int k = Integer.parseInt(value);
            if (k >= 1 && k <= 1000) {
                return k;
            }
        } catch (NumberFormatException e) {
            // falls through to the message below
        }
        throw new UsageException("--k " + value + ": give a whole number from 1 to 1000");
    }

    private Instant testFrom() throws UsageException {
        String value = options.get("test-from", null);
        try {
            return LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant();
        } catch (DateTimeParseException e) {
            throw new UsageException("--test-from " + value + ": give a date as YYYY-MM-DD, e.g. 2011-07-01");
        }
    }

    /** The start of the day at 80% of the span between the first and the last purchase. */
    private static Instant defaultSplit(Path data) throws IOException, UsageException {
        Instant[] span = new Instant[2];
        try (Reader reader = Files.newBufferedReader(data, StandardCharsets.UTF_8)) {
            new TransactionsCsv().read(reader, purchase -> {
                if (span[0] == null || purchase.time().isBefore(span[0])) {
                    span[0] = purchase.time();
                }
                if (span[1] == null || purchase.time().isAfter(span[1])) {
                    span[1] = purchase.time();
                }
            });
        }
        if (span[0] == null) {
            throw new UsageException(data + " holds no purchase to evaluate on (see the skipped counts with --test-from)");
        }
        Instant split = span[0].plus(Duration.between(span[0], span[1]).multipliedBy(4).dividedBy(5));
        return split.truncatedTo(ChronoUnit.DAYS);
    }

    private static void put(JsonObject json, String name, double value) {
        json.addProperty(name, Math.round(value * 10000) / 10000.0);
    }
}
