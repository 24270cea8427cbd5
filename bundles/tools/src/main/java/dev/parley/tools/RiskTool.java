package dev.parley.tools;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;

/**
 * {@code bin/parley-risk}: back-tests the churn and escalation risk models outside the container.
 * Results go to stdout, as one JSON object; errors to stderr. Exit codes: 0 done, 1 failed, 2 wrong
 * command line, missing file or unreadable input.
 */
public final class RiskTool {

    static final String USAGE = """
            Usage:
              parley-risk backtest-churn --data FILE.csv [--cutoff YYYY-MM-DD] [--horizon-days 90]
              parley-risk backtest-escalation --data SENTENCES.tsv --sentiment MODEL.jar
                          [--conversations 6000] [--seed 1]
              parley-risk backtest-escalation --jdbc-url URL [--user USER] [--password PASSWORD] [--days 365]

            backtest-churn reads a transactions file (header InvoiceNo,StockCode,Description,Quantity,
            InvoiceDate,UnitPrice,CustomerID,Country). A customer with a purchase before the cutoff has
            churned when they buy nothing in the horizon after it. The model learns at cutoff - horizon and
            is measured at the cutoff (default: the file's last day minus the horizon), next to recency alone.

            backtest-escalation generates a conversation history (customers with a hidden patience, messages
            drawn from SENTENCES.tsv, a VADER file of "<human score> TAB <text>", by the hidden frustration,
            escalation decided by the hidden state and noise), reads every message through the sentiment
            model as the assistant would, learns on the older 80 % and measures on the newest 20 %, next to
            the assistant's single-message rule (sentiment <= -0.6). MODEL.jar is a sentiment model bundle,
            e.g. system/40-models/parley-model-sentiment-en-*.jar.

            With --jdbc-url it reads the conversations of the last --days from Parley's store instead (H2 or
            PostgreSQL; the password may also come from PARLEY_DB_PASSWORD) and back-tests the same way.
            """;

    private RiskTool() {
    }

    public static void main(String[] args) {
        System.exit(run(Arrays.asList(args), System.out, System.err));
    }

    static int run(List<String> args, PrintStream out, PrintStream err) {
        return new CommandLine("parley-risk", USAGE)
                .command("backtest-churn", options -> new ChurnBacktestCommand(
                        new Options(options, ChurnBacktestCommand.OPTIONS)).run())
                .command("backtest-escalation", options -> new EscalationBacktestCommand(
                        new Options(options, EscalationBacktestCommand.OPTIONS)).run())
                .run(args, out, err);
    }
}
