package dev.parley.tools;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;

/**
 * {@code bin/parley-forecast}: back-tests the volume forecast on the timestamps of a CSV file.
 * Results go to stdout, as one JSON object; errors to stderr. Exit codes: 0 done, 1 failed, 2
 * wrong command line, missing file or a header without the named columns.
 */
public final class ForecastTool {

    static final String USAGE = """
            Usage:
              parley-forecast backtest --data FILE.csv [--granularity hour|day] [--column InvoiceDate]
                  [--distinct InvoiceNo] [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--zone UTC]
                  [--damped true|false] [--weekly true|false] [--origins 4] [--closed-seasons 3]
              parley-forecast backtest --jdbc-url URL [--user USER] [--granularity hour|day] ...

            backtest counts the rows of FILE.csv (or the distinct values of --distinct) per hour or day
            of the timestamp column --column (default InvoiceDate), from --from to --to (both days
            included; default: the whole file), in --zone (default UTC). From each of --origins
            forecast origins, one season apart at the end of the series, it fits the forecast on the
            history before the origin and forecasts one season (168 hours, or 24 with --weekly false
            or under three weeks of history; 7 days), and prints one JSON object with MAPE, WAPE and
            sMAPE in percent of Holt-Winters (--damped: with a damped trend) and of the seasonal naive
            baseline (baseline_*). A period with no count in each of the last --closed-seasons seasons
            is forecast 0 (0: never).

            With --jdbc-url (jdbc:h2: or jdbc:postgresql:; the password in PARLEY_DB_PASSWORD) it
            counts the conversations of a Parley store instead, as the service does.
            """;

    private ForecastTool() {
    }

    public static void main(String[] args) {
        System.exit(run(Arrays.asList(args), System.out, System.err));
    }

    static int run(List<String> args, PrintStream out, PrintStream err) {
        return new CommandLine("parley-forecast", USAGE)
                .command("backtest", options -> new ForecastBackTestCommand(
                        new Options(options, ForecastBackTestCommand.OPTIONS)).run())
                .run(args, out, err);
    }
}
