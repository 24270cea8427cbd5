package dev.parley.tools;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Set;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonObject;

import dev.parley.api.risk.BacktestFigures;
import dev.parley.risk.ChurnTrainer;
import dev.parley.risk.Examples;

/** {@code backtest-churn}: the churn model on a transactions file, against recency alone. */
final class ChurnBacktestCommand {

    static final Set<String> OPTIONS = Set.of("data", "cutoff", "horizon-days");
    static final double L2 = 0.01;
    static final double THRESHOLD = 0.5;

    private final Options options;

    ChurnBacktestCommand(Options options) {
        this.options = options;
    }

    String run() throws UsageException, IOException {
        int horizonDays = horizonDays();
        Duration horizon = Duration.ofDays(horizonDays);
        RetailPurchases data = RetailPurchases.read(options.existingFile("data"));
        LocalDate lastDay = data.last.atOffset(ZoneOffset.UTC).toLocalDate();
        LocalDate cutoffDay = cutoff(lastDay.minusDays(horizonDays));
        Instant cutoff = cutoffDay.atStartOfDay().toInstant(ZoneOffset.UTC);
        if (cutoff.plus(horizon).isAfter(data.last.plus(Duration.ofDays(1)))) {
            throw new UsageException("--cutoff " + cutoffDay + " plus " + horizonDays + " days passes the file's last"
                    + " day " + lastDay + ": choose a cutoff on or before " + lastDay.minusDays(horizonDays));
        }
        if (!cutoff.minus(horizon).isAfter(data.first)) {
            throw new UsageException("--cutoff " + cutoffDay + " minus " + horizonDays + " days is not after the file's"
                    + " first day: the model has nothing to learn from; choose a later cutoff");
        }
        ChurnTrainer trainer = new ChurnTrainer(L2, horizon, 10, THRESHOLD);
        Examples train = trainer.examples(data.customers.values(), cutoff.minus(horizon));
        BacktestFigures figures = trainer.backtest(data.customers.values(), cutoff);
        if (figures == null) {
            throw new UsageException("too few customers around --cutoff " + cutoffDay + " to learn and measure a model"
                    + " (at least 10 who churned and 10 who came back on each side)");
        }
        JsonObject json = new JsonObject();
        json.addProperty("data", options.required("data"));
        json.addProperty("lines", data.lines);
        json.addProperty("customers", data.customers.size());
        json.addProperty("horizonDays", horizonDays);
        json.addProperty("trainCutoff", cutoffDay.minusDays(horizonDays).toString());
        json.addProperty("testCutoff", cutoffDay.toString());
        json.addProperty("trainCustomers", train.size());
        json.addProperty("trainChurnRate", (double) train.positives() / train.size());
        json.addProperty("testCustomers", figures.examples());
        json.addProperty("testChurnRate", (double) figures.positives() / figures.examples());
        json.add("model", Figures.model(figures));
        json.add("baseline", Figures.baseline(figures));
        return new GsonBuilder().setPrettyPrinting().create().toJson(json);
    }

    private int horizonDays() throws UsageException {
        String value = options.get("horizon-days", "90");
        try {
            int days = Integer.parseInt(value);
            if (days >= 1 && days <= 3650) {
                return days;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new UsageException("--horizon-days must be a whole number from 1 to 3650, was '" + value + "'");
    }

    private LocalDate cutoff(LocalDate fallback) throws UsageException {
        String value = options.get("cutoff", null);
        if (value == null) {
            return fallback;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new UsageException("--cutoff must be a date YYYY-MM-DD, was '" + value + "'");
        }
    }
}
