package dev.parley.tools;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonObject;

import dev.parley.api.forecast.Accuracy;
import dev.parley.api.forecast.Granularity;
import dev.parley.forecast.VolumeBackTest;

/** {@code backtest}: the forecast's rolling-origin back-test on the timestamps of a CSV file. */
final class ForecastBackTestCommand {

    static final Set<String> OPTIONS = Set.of("data", "granularity", "column", "distinct", "from", "to", "zone",
            "damped", "weekly", "origins", "closed-seasons", "jdbc-url", "user");
    /** The store's database password for --jdbc-url, from the environment rather than the command line. */
    static final String PASSWORD_VARIABLE = "PARLEY_DB_PASSWORD";

    private final Options options;

    ForecastBackTestCommand(Options options) {
        this.options = options;
    }

    String run() throws UsageException, IOException {
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

        JsonObject json = new JsonObject();
        json.addProperty("granularity", granularity.name().toLowerCase(Locale.ROOT));
        json.addProperty("zone", zone.getId());
        Counts counts = options.get("jdbc-url", null) != null ? fromStore(json, granularity, zone, from, to)
                : fromFile(json, granularity, zone, from, to);
        VolumeBackTest.Result result = VolumeBackTest.run(granularity, counts.perPeriod(), counts.end(), damped, weekly,
                origins, closedSeasons);

        json.addProperty("periods", result.periods());
        json.addProperty("end", counts.end().toString());
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

    /** Counts per local period start, and the end (exclusive) of the series they make. */
    private record Counts(Map<LocalDateTime, Long> perPeriod, LocalDateTime end) {
    }

    private Counts fromFile(JsonObject json, Granularity granularity, ZoneId zone, LocalDate from, LocalDate to)
            throws UsageException, IOException {
        Path data = options.existingFile("data");
        TimestampsCsv csv = new TimestampsCsv(options.get("column", "InvoiceDate"), options.get("distinct", null),
                unit(granularity), zone, from, to);
        try (Reader reader = Files.newBufferedReader(data, StandardCharsets.UTF_8)) {
            csv.read(reader);
        }
        if (csv.end() == null) {
            throw new UsageException(data + " has no row with a parsable timestamp in the period (" + csv.rows()
                    + " rows, " + csv.unparsable() + " unparsable)");
        }
        json.addProperty("rows", csv.rows());
        json.addProperty("rows_used", csv.used());
        json.addProperty("skipped_unparsable", csv.unparsable());
        return new Counts(csv.counts(), csv.end());
    }

    /** The series ends with --to, else after the last period with a conversation, as for a file. */
    private Counts fromStore(JsonObject json, Granularity granularity, ZoneId zone, LocalDate from, LocalDate to)
            throws UsageException {
        if (options.get("data", null) != null || options.get("column", null) != null
                || options.get("distinct", null) != null) {
            throw new UsageException("--jdbc-url reads the store's conversations: give it without --data, --column "
                    + "and --distinct");
        }
        Map<LocalDateTime, Long> counts = storeCounts(granularity, zone, from, to);
        LocalDateTime end = to != null ? to.plusDays(1).atStartOfDay() : counts.keySet().stream()
                .max(LocalDateTime::compareTo).map(last -> last.plus(1, unit(granularity))).orElse(null);
        if (end == null) {
            throw new UsageException("the store holds no conversation in the period");
        }
        json.addProperty("conversations", counts.values().stream().mapToLong(Long::longValue).sum());
        return new Counts(counts, end);
    }

    /** Conversations per period of the store at --jdbc-url, counted by its database as the service counts them. */
    private Map<LocalDateTime, Long> storeCounts(Granularity granularity, ZoneId zone, LocalDate from, LocalDate to)
            throws UsageException {
        String url = options.get("jdbc-url", null);
        if (!url.startsWith("jdbc:h2:") && !url.startsWith("jdbc:postgresql:")) {
            throw new UsageException("--jdbc-url " + url + ": give a jdbc:h2: or jdbc:postgresql: URL of a Parley store");
        }
        Instant start = from == null ? Instant.EPOCH : from.atStartOfDay(zone).toInstant();
        Instant stop = to == null ? Instant.now() : to.plusDays(1).atStartOfDay(zone).toInstant();
        String password = System.getenv(PASSWORD_VARIABLE);
        try (Connection connection = DriverManager.getConnection(url, options.get("user", ""),
                password == null ? "" : password)) {
            connection.setReadOnly(true);
            return VolumeBackTest.storeCounts(connection, granularity, zone, start, stop);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--zone " + zone + ": " + e.getMessage());
        } catch (SQLException e) {
            throw new UsageException("cannot read the conversations at " + url + ": " + e.getMessage()
                    + " (a running Parley holds its H2 file: stop it, or read a copy)");
        }
    }

    private static ChronoUnit unit(Granularity granularity) {
        return granularity == Granularity.HOUR ? ChronoUnit.HOURS : ChronoUnit.DAYS;
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
