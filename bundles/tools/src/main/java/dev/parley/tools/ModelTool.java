package dev.parley.tools;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.FileSystemException;
import java.util.Arrays;
import java.util.List;

import dev.parley.nlp.text.LabeledTextReader.MalformedLineException;

/**
 * {@code bin/parley-model}: trains, evaluates and packages model bundles. Results go to stdout,
 * progress to stderr. Exit codes: 0 done, 1 failed, 2 wrong command line or malformed input.
 */
public final class ModelTool {

    static final String USAGE = """
            Usage:
              parley-model train --data FILE.tsv --out MODEL.jar [--kind intent|sentiment]
                                 [--algorithm softmax|maxent|lbfgs|nb|auto] [--name NAME]
                                 [--version V]
                                 [--language en] [--golden FILE.tsv]
                                 [--lexicon VADER.txt] [--emotions EMOTIONS.tsv]   (sentiment)
              parley-model evaluate --model MODEL.jar --data FILE.tsv
              parley-model bench --intent MODEL.jar --sentiment MODEL.jar --data FILE.tsv
                                 [--seconds 10] [--threads N]

            FILE.tsv holds label<TAB>text lines (UTF-8, no header). train writes a model bundle
            ready for deploy/; evaluate prints one JSON object with the figures; bench measures
            intent + entities + sentiment per message (latency, throughput).
            """;

    private ModelTool() {
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
            List<String> options = args.subList(1, args.size());
            switch (args.get(0)) {
                case "train" -> new TrainCommand(new Options(options, TrainCommand.OPTIONS), err).run();
                case "evaluate" -> out.println(new EvaluateCommand(new Options(options, EvaluateCommand.OPTIONS)).run());
                case "bench" -> out.println(new BenchCommand(new Options(options, BenchCommand.OPTIONS)).run());
                default -> throw new UsageException("unknown command '" + args.get(0) + "'");
            }
            return 0;
        } catch (UsageException e) {
            err.println("parley-model: " + e.getMessage());
            err.print(USAGE);
            return 2;
        } catch (MalformedLineException e) {
            err.println("parley-model: " + e.getMessage());
            return 2;
        } catch (FileSystemException e) {
            err.println("parley-model: cannot access " + e.getFile() + (e.getReason() == null ? "" : " (" + e.getReason() + ")"));
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println("parley-model: interrupted");
            return 1;
        } catch (IOException | RuntimeException e) {
            err.println("parley-model: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
            return 1;
        }
    }
}
