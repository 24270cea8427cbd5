package dev.parley.tools;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonObject;

import dev.parley.api.risk.BacktestFigures;
import dev.parley.nlp.model.ModelJar;
import dev.parley.nlp.sentiment.SentimentModel;
import dev.parley.risk.Backtest;
import dev.parley.risk.ConversationHistory;
import dev.parley.risk.EscalationExamples;
import dev.parley.risk.EscalationTrainer;
import dev.parley.risk.Examples;

/**
 * {@code backtest-escalation}: the escalation model on a generated history (see
 * {@link GeneratedHistory}), against the assistant's single-message sentiment rule.
 */
final class EscalationBacktestCommand {

    static final Set<String> OPTIONS = Set.of("data", "sentiment", "conversations", "seed", "jdbc-url", "user",
            "password", "days");
    static final double RULE_THRESHOLD = -0.6;

    private final Options options;

    EscalationBacktestCommand(Options options) {
        this.options = options;
    }

    String run() throws UsageException, IOException {
        if (options.get("jdbc-url", null) != null) {
            return new StoreEscalationBacktest(options).run();
        }
        int conversations = positive(options, "conversations", "6000");
        long seed = whole("seed", "1");
        List<GeneratedHistory.Sentence> sentences = sentences(options.existingFile("data"));
        Path modelJar = options.existingFile("sentiment");
        ModelJar.Contents jar;
        try {
            jar = ModelJar.read(modelJar);
        } catch (IOException | RuntimeException e) {
            throw new UsageException("--sentiment " + modelJar + " is not a model bundle: " + e.getMessage());
        }
        SentimentModel sentiment = SentimentModel.read(jar.source(), jar.version().toString());
        List<ConversationHistory> history = new GeneratedHistory(sentences, sentiment::analyze, seed)
                .generate(conversations);
        int split = (int) Math.round(history.size() * 0.8);
        List<ConversationHistory> older = history.subList(0, split);
        List<ConversationHistory> newer = history.subList(split, history.size());
        EscalationTrainer trainer = new EscalationTrainer(0.01, 10, 0.2, 0.5, RULE_THRESHOLD);
        BacktestFigures figures = trainer.backtest(older, newer);
        if (figures == null) {
            throw new UsageException("too few handed-off conversations in " + conversations + " to learn and measure a"
                    + " model; generate more with --conversations");
        }
        Examples test = EscalationExamples.of(newer);
        double[][] x = test.x();
        double[] rule = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            rule[i] = x[i][1] <= RULE_THRESHOLD ? 1 : 0;
        }
        BacktestFigures ruleFigures = Backtest.figures(rule, rule, test.y(), 0.5, "rule");
        long handedOff = history.stream().filter(ConversationHistory::handedOff).count();

        JsonObject json = new JsonObject();
        json.addProperty("history", "generated: hidden patience and frustration, messages from " + options.required("data")
                + ", observed through sentiment model " + jar.version());
        json.addProperty("conversations", conversations);
        json.addProperty("handedOffShare", Figures.round((double) handedOff / conversations));
        json.addProperty("trainConversations", older.size());
        json.addProperty("testConversations", newer.size());
        json.addProperty("testCases", figures.examples());
        json.addProperty("testCasesBeforeAHandoff", figures.positives());
        json.add("model", Figures.model(figures));
        JsonObject baseline = Figures.baseline(figures);
        baseline.addProperty("precision", Figures.round(ruleFigures.precision()));
        baseline.addProperty("recall", Figures.round(ruleFigures.recall()));
        json.add("baseline", baseline);
        return new GsonBuilder().setPrettyPrinting().create().toJson(json);
    }

    private static List<GeneratedHistory.Sentence> sentences(Path file) throws IOException, UsageException {
        List<GeneratedHistory.Sentence> sentences = new ArrayList<>();
        int number = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            number++;
            int tab = line.indexOf('\t');
            if (line.isBlank()) {
                continue;
            }
            try {
                if (tab < 1) {
                    throw new NumberFormatException("no tab");
                }
                sentences.add(new GeneratedHistory.Sentence(Double.parseDouble(line.substring(0, tab).strip()),
                        line.substring(tab + 1).strip()));
            } catch (NumberFormatException e) {
                throw new UsageException(file + " line " + number + ": expected '<human score> TAB <text>'");
            }
        }
        if (sentences.size() < 100) {
            throw new UsageException(file + " holds " + sentences.size() + " sentences; at least 100 are needed");
        }
        return sentences;
    }

    static int positive(Options options, String name, String fallback) throws UsageException {
        String value = options.get(name, fallback);
        try {
            int number = Integer.parseInt(value);
            if (number >= 1) {
                return number;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new UsageException("--" + name + " must be a whole number of 1 or more, was '" + value + "'");
    }

    private long whole(String name, String fallback) throws UsageException {
        String value = options.get(name, fallback);
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new UsageException("--" + name + " must be a whole number, was '" + value + "'");
        }
    }
}
