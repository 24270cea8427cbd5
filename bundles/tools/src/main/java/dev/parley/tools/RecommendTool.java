package dev.parley.tools;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
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
        try {
            if (args.isEmpty() || args.get(0).equals("--help") || args.get(0).equals("help")) {
                out.print(USAGE);
                return args.isEmpty() ? 2 : 0;
            }
            if (!args.get(0).equals("evaluate")) {
                throw new UsageException("unknown command '" + args.get(0) + "'");
            }
            out.println(new RecommendEvaluateCommand(new Options(args.subList(1, args.size()),
                    RecommendEvaluateCommand.OPTIONS)).run());
            return 0;
        } catch (UsageException e) {
            err.println("parley-recommend: " + e.getMessage());
            err.print(USAGE);
            return 2;
        } catch (InvalidTransactionsException e) {
            err.println("parley-recommend: " + e.getMessage());
            return 2;
        } catch (UncheckedIOException e) {
            return failed(err, e.getCause());
        } catch (IOException e) {
            return failed(err, e);
        } catch (RuntimeException e) {
            err.println("parley-recommend: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
            return 1;
        }
    }

    private static int failed(PrintStream err, IOException e) {
        if (e instanceof FileSystemException file) {
            err.println("parley-recommend: cannot read " + file.getFile() + (file.getReason() == null ? "" : " (" + file.getReason() + ")"));
        } else {
            err.println("parley-recommend: " + e.getMessage());
        }
        return 1;
    }
}
