package dev.parley.tools;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

class ForecastToolTest {

    /** Monday. */
    private static final LocalDate FIRST = LocalDate.parse("2024-01-01");
    private static final int WEEKS = 6;

    @TempDir
    Path folder;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return ForecastTool.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private JsonObject json() {
        return JsonParser.parseString(out.toString(StandardCharsets.UTF_8)).getAsJsonObject();
    }

    /**
     * Six weeks of invoices: on the d-th weekday (Monday 1) d invoices at 10:00 and one at 14:00,
     * none on Sundays; even weeks have two line items per invoice, odd weeks one. Counted per
     * invoice the days repeat every week exactly; counted per row they do not.
     */
    private Path invoices() throws IOException {
        StringBuilder csv = new StringBuilder("InvoiceNo,StockCode,Quantity,InvoiceDate\n");
        int invoice = 1000;
        for (int day = 0; day < WEEKS * 7; day++) {
            LocalDate date = FIRST.plusDays(day);
            int weekday = date.getDayOfWeek().getValue();
            if (weekday == 7) {
                continue;
            }
            int lines = (day / 7) % 2 == 0 ? 2 : 1;
            for (int i = 0; i <= weekday; i++) {
                String time = i == weekday ? "14:00" : "10:0" + (i % 10);
                invoice++;
                for (int line = 0; line < lines; line++) {
                    csv.append(invoice).append(",P").append(line).append(",1,").append(date).append(' ').append(time)
                            .append('\n');
                }
            }
        }
        csv.append("9999,P1,1,not a date\n");
        Path file = folder.resolve("invoices.csv");
        Files.writeString(file, csv);
        return file;
    }

    @Test
    void aDailyBackTestOfDistinctInvoicesPrintsTheFiguresOfBothMethods() throws IOException {
        int exit = run("backtest", "--data", invoices().toString(), "--granularity", "day", "--distinct", "InvoiceNo");

        assertThat(exit).as(err.toString(StandardCharsets.UTF_8)).isZero();
        JsonObject json = json();
        assertThat(json.get("granularity").getAsString()).isEqualTo("day");
        assertThat(json.get("season_length").getAsInt()).isEqualTo(7);
        // the last day is Saturday of week 6: 41 days from the first Monday
        assertThat(json.get("periods").getAsInt()).isEqualTo(WEEKS * 7 - 1);
        assertThat(json.get("origins").getAsInt()).isEqualTo(4);
        assertThat(json.get("horizon").getAsInt()).isEqualTo(7);
        assertThat(json.get("periods_compared").getAsInt()).isEqualTo(28);
        assertThat(json.get("skipped_unparsable").getAsInt()).isEqualTo(1);
        assertThat(json.get("method").getAsString()).isEqualTo("HOLT_WINTERS_DAMPED");
        // an exactly weekly series: seasonal naive is perfect, Holt-Winters as good as makes no difference
        assertThat(json.get("baseline_mape").getAsDouble()).isZero();
        assertThat(json.get("baseline_wape").getAsDouble()).isZero();
        assertThat(json.get("mape").getAsDouble()).isLessThan(1.0);
        assertThat(json.has("smape")).isTrue();
        assertThat(json.has("baseline_smape")).isTrue();
    }

    @Test
    void rowsInsteadOfInvoicesBreakTheWeeklyRepetition() throws IOException {
        assertThat(run("backtest", "--data", invoices().toString(), "--granularity", "day")).isZero();

        assertThat(json().get("baseline_mape").getAsDouble()).isGreaterThan(10);
    }

    @Test
    void hoursAndAPeriodOfDays() throws IOException {
        int exit = run("backtest", "--data", invoices().toString(), "--granularity", "hour", "--distinct", "InvoiceNo",
                "--from", "2024-01-08", "--to", "2024-02-04");

        assertThat(exit).as(err.toString(StandardCharsets.UTF_8)).isZero();
        JsonObject json = json();
        // four weeks from Monday 8 January 10:00 (the first count) to the end of Sunday 4 February
        assertThat(json.get("periods").getAsInt()).isEqualTo(4 * 168 - 10);
        assertThat(json.get("season_length").getAsInt()).isEqualTo(168);
        // origins need one season before them: 662 - 168 and 662 - 2 x 168 (seasonal naive there, under two seasons)
        assertThat(json.get("origins").getAsInt()).isEqualTo(2);
        assertThat(json.get("baseline_mape").getAsDouble()).isZero();
    }

    /** Conversations of a store on every weekday at 09:00 and 10:00 for four weeks, in a table as the store's. */
    @Test
    void aStoreAtAJdbcUrlIsCountedPerHourLikeTheService() throws Exception {
        String url = "jdbc:h2:file:" + folder.resolve("store").toAbsolutePath();
        try (Connection connection = DriverManager.getConnection(url, "", "");
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE parley_conversation (id VARCHAR(64) PRIMARY KEY, "
                    + "created_at TIMESTAMP WITH TIME ZONE NOT NULL)");
            int id = 0;
            for (int day = 0; day < 28; day++) {
                LocalDate date = FIRST.plusDays(day);
                if (date.getDayOfWeek().getValue() <= 5) {
                    for (String time : new String[] { "09:05", "10:15", "10:45" }) {
                        statement.execute("INSERT INTO parley_conversation VALUES ('c" + id++ + "', TIMESTAMP WITH "
                                + "TIME ZONE '" + date + " " + time + ":00+01:00')");
                    }
                }
            }
        }

        int exit = run("backtest", "--jdbc-url", url, "--granularity", "hour", "--zone", "Europe/Berlin");

        assertThat(exit).as(err.toString(StandardCharsets.UTF_8)).isZero();
        JsonObject json = json();
        assertThat(json.get("conversations").getAsInt()).isEqualTo(20 * 3);
        // Monday 1 January 09:00 to Friday 26 January 11:00, Berlin time
        assertThat(json.get("periods").getAsInt()).isEqualTo(25 * 24 + 2);
        assertThat(json.get("season_length").getAsInt()).isEqualTo(168);
        assertThat(json.get("baseline_mape").getAsDouble()).isZero();
        assertThat(json.get("mape").getAsDouble()).isLessThan(5);
    }

    @Test
    void aJdbcUrlTakesNoFileOptionsAndOnlyParleysDatabases() {
        assertUsage(run("backtest", "--jdbc-url", "jdbc:h2:mem:x", "--distinct", "InvoiceNo"), "without --data");
        assertUsage(run("backtest", "--jdbc-url", "jdbc:mysql://localhost/x"), "jdbc:h2: or jdbc:postgresql:");
        assertUsage(run("backtest", "--jdbc-url", "jdbc:h2:mem:empty"), "cannot read the conversations");
    }

    @Test
    void badArgumentsExitWithTwoAndAMessage() throws IOException {
        String data = invoices().toString();
        assertThat(run()).isEqualTo(2);
        assertUsage(run("forecast", "--data", data), "unknown command");
        assertUsage(run("backtest"), "--data is required");
        assertUsage(run("backtest", "--data", folder.resolve("missing.csv").toString()), "no such file");
        assertUsage(run("backtest", "--data", data, "--granularity", "week"), "--granularity week");
        assertUsage(run("backtest", "--data", data, "--column", "Created"), "no column 'Created'");
        assertUsage(run("backtest", "--data", data, "--distinct", "Ticket"), "no column 'Ticket'");
        assertUsage(run("backtest", "--data", data, "--from", "2024-02-01", "--to", "2024-01-01"), "is after");
        assertUsage(run("backtest", "--data", data, "--from", "yesterday"), "YYYY-MM-DD");
        assertUsage(run("backtest", "--data", data, "--origins", "0"), "--origins 0");
        assertUsage(run("backtest", "--data", data, "--zone", "Mars/Olympus"), "--zone");
        assertUsage(run("backtest", "--data", data, "--from", "2030-01-01"), "no row");
        assertUsage(run("backtest", "--data", data, "--bogus", "1"), "unknown option");
    }

    @Test
    void helpExitsWithZero() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("parley-forecast backtest");
    }

    private void assertUsage(int exit, String message) {
        assertThat(exit).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains(message).doesNotContain("Exception");
        err.reset();
        out.reset();
    }
}
