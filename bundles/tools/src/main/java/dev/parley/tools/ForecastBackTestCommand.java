package dev.parley.tools;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Set;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonObject;

import dev.parley.api.forecast.Accuracy;
import dev.parley.api.forecast.Granularity;
import dev.parley.forecast.VolumeBackTest;

/** {@code backtest}: the forecast's rolling-origin back-test on the timestamps of a CSV file. */
final class ForecastBackTestCommand {

    static final Set<String> OPTIONS = Set.of("data", "granularity", "column", "distinct", "from", "to", "zone",
            "damped", "weekly", "origins", "closed-seasons");

    private final Options options;

    ForecastBackTestCommand(Options options) {
        this.options = options;
    }

    String run() throws UsageException, IOException {
        Path data = options.existingFile("data");
        Granularity granularity = granularity();
        ZoneId zone = zone();
        LocalDate from = date("from");
        LocalDate to = date("to");
        if (from != null && to != null && from.isAfter(to)) {
            throw new UsageException("--from " + from + " is after --to " + to);
        }
        boolean damped = bool("damped", true);
        boolean weekly = bool("weekly", true);
        int origins = count("origins", 4, 1);
        int closedSeasons = count("closed-seasons", 3, 0);

        TimestampsCsv csv = new TimestampsCsv(options.get("column", "InvoiceDate"), options.get("distinct", null),
                granularity == Granularity.HOUR ? ChronoUnit.HOURS : ChronoUnit.DAYS, zone, from, to);
        try (Reader reader = Files.newBufferedReader(data, StandardCharsets.UTF_8)) {
            csv.read(reader);
        }
        LocalDateTime end = csv.end();
        if (end == null) {
            throw new UsageException(data + " has no row with a parsable timestamp in the period (" + csv.rows()
                    + " rows, " + csv.unparsable() + " unparsable)");
        }
        VolumeBackTest.Result result = VolumeBackTest.run(granularity, csv.counts(), end, damped, weekly, origins,
                closedSeasons);

        JsonObject json = new JsonObject();
        json.addProperty("granularity", granularity.name().toLowerCase(Locale.ROOT));
        json.addProperty("zone", zone.getId());
        json.addProperty("rows", csv.rows());
        json.addProperty("rows_used", csv.used());
        json.addProperty("skipped_unparsable", csv.unparsable());
        json.addProperty("periods", result.periods());
        json.addProperty("end", end.toString());
        json.addProperty("season_length", result.seasonLength());
        json.addProperty("method", result.method().name());
        json.addProperty("origins", result.backTest().origins());
        json.addProperty("horizon", result.backTest().horizon());
        put(json, "", result.backTest().method());
        put(json, "baseline_", result.backTest().seasonalNaive());
        json.addProperty("periods_compared", result.backTest().method().periods());
        json.addProperty("seconds", Math.round(result.seconds() * 1000) / 1000.0);
        return new GsonBuilder().serializeNulls().create().toJson(json);
    }

    private static void put(JsonObject json, String prefix, Accuracy accuracy) {
        json.addProperty(prefix + "mape", round(accuracy.mape()));
        json.addProperty(prefix + "wape", round(accuracy.wape()));
        json.addProperty(prefix + "smape", round(accuracy.smape()));
    }

    private static Double round(Double value) {
        return value == null ? null : Math.round(value * 100) / 100.0;
    }

    private Granularity granularity() throws UsageException {
        String value = options.get("granularity", "hour");
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "hour" -> Granularity.HOUR;
            case "day" -> Granularity.DAY;
            default -> throw new UsageException("--granularity " + value + ": give hour or day");
        };
    }

    private ZoneId zone() throws UsageException {
        String value = options.get("zone", "UTC");
        try {
            return ZoneId.of(value);
        } catch (DateTimeException e) {
            throw new UsageException("--zone " + value + ": give a time zone such as UTC or Europe/Berlin");
        }
    }

    private LocalDate date(String name) throws UsageException {
        String value = options.get(name, null);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new UsageException("--" + name + " " + value + ": give a date as YYYY-MM-DD, e.g. 2011-06-01");
        }
    }

    private boolean bool(String name, boolean fallback) throws UsageException {
        String value = options.get(name, Boolean.toString(fallback));
        if (value.equals("true") || value.equals("false")) {
            return Boolean.parseBoolean(value);
        }
        throw new UsageException("--" + name + " " + value + ": give true or false");
    }

    private int count(String name, int fallback, int minimum) throws UsageException {
        String value = options.get(name, Integer.toString(fallback));
        try {
            int count = Integer.parseInt(value);
            if (count >= minimum && count <= 100) {
                return count;
            }
        } catch (NumberFormatException e) {
            // falls through to the message below
        }
        throw new UsageException("--" + name + " " + value + ": give a whole number from " + minimum + " to 100");
    }
}
