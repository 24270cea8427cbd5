package dev.parley.tools;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
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
        try {
            if (args.isEmpty() || args.get(0).equals("--help") || args.get(0).equals("help")) {
                out.print(USAGE);
                return args.isEmpty() ? 2 : 0;
            }
            if (!args.get(0).equals("backtest")) {
                throw new UsageException("unknown command '" + args.get(0) + "'");
            }
            out.println(new ForecastBackTestCommand(new Options(args.subList(1, args.size()),
                    ForecastBackTestCommand.OPTIONS)).run());
            return 0;
        } catch (UsageException e) {
            err.println("parley-forecast: " + e.getMessage());
            err.print(USAGE);
            return 2;
        } catch (UncheckedIOException e) {
            return failed(err, e.getCause());
        } catch (IOException e) {
            return failed(err, e);
        } catch (RuntimeException e) {
            err.println("parley-forecast: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
            return 1;
        }
    }

    private static int failed(PrintStream err, IOException e) {
        if (e instanceof FileSystemException file) {
            err.println("parley-forecast: cannot read " + file.getFile() + (file.getReason() == null ? "" : " ("
                    + file.getReason() + ")"));
        } else {
            err.println("parley-forecast: " + e.getMessage());
        }
        return 1;
    }
}
