package dev.parley.tools;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;

import dev.parley.recommend.InvalidTransactionsException;

/**
 * {@code bin/parley-recommend}: evaluates the recommender on a transactions file. Results go to
 * stdout, as one JSON object; errors to stderr. Exit codes: 0 done, 1 failed, 2 wrong command
 * line, missing file or unreadable header.
 */
public final class RecommendTool {

    static final String USAGE = """
            Usage:
              parley-recommend evaluate --data FILE.csv [--test-from YYYY-MM-DD] [--k 10]

            FILE.csv has the header InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,
            CustomerID,Country. evaluate trains on the purchases before --test-from (default: the day
            at 80% of the file's time span) and checks the top k recommendations of each customer
            against the items they bought from that day on and never before; it prints one JSON
            object with the figures and those of a popularity baseline.
            """;

    private RecommendTool() {
    }

    public static void main(String[] args) {
        System.exit(run(Arrays.asList(args), System.out, System.err));
    }

    static int run(List<String> args, PrintStream out, PrintStream err) {
        return new CommandLine("parley-recommend", USAGE)
                .command("evaluate", options -> new RecommendEvaluateCommand(
                        new Options(options, RecommendEvaluateCommand.OPTIONS)).run())
                .badInput(InvalidTransactionsException.class::isInstance)
                .run(args, out, err);
    }
}
