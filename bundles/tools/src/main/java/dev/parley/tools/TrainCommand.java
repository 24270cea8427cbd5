package dev.parley.tools;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

import org.osgi.framework.Version;

import dev.parley.nlp.intent.IntentEvaluation;
import dev.parley.nlp.intent.IntentTrainer;
import dev.parley.nlp.model.ModelDescriptor;
import dev.parley.nlp.model.ModelJar;
import dev.parley.nlp.text.LabeledText;
import dev.parley.nlp.text.LabeledTextReader;

/** {@code train}: reads labeled data, trains a model and writes it as a model bundle. */
final class TrainCommand {

    static final Set<String> OPTIONS = Set.of("data", "out", "kind", "algorithm", "name", "version", "language", "golden",
            "lexicon", "emotions");

    private final Options options;
    private final PrintStream progress;

    TrainCommand(Options options, PrintStream progress) {
        this.options = options;
        this.progress = progress;
    }

    void run() throws UsageException, IOException {
        Path data = options.existingFile("data");
        Path out = Path.of(options.required("out"));
        Path golden = options.optionalExistingFile("golden");
        String kind = options.get("kind", "intent");
        if (!kind.equals("intent") && !kind.equals("sentiment")) {
            throw new UsageException("--kind " + kind + " is not supported: use intent or sentiment");
        }
        ModelDescriptor descriptor;
        Version version;
        IntentTrainer.Algorithm algorithm;
        try {
            descriptor = new ModelDescriptor(kind, options.get("language", "en"), options.get("name", "default"));
            version = Version.parseVersion(options.get("version", "1.0.0"));
            algorithm = algorithm(options.get("algorithm", "auto"));
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }

        List<LabeledText> examples = LabeledTextReader.read(data);
        List<LabeledText> goldenExamples = golden == null ? List.of() : LabeledTextReader.read(golden);
        if (kind.equals("sentiment")) {
            new SentimentPackager(options, progress).write(out, descriptor, version, examples, golden);
            return;
        }
        progress.println("training " + descriptor.id() + " " + version + " on " + examples.size() + " examples");
        long started = System.nanoTime();
        IntentTrainer.Result result = new IntentTrainer(IntentTrainer.Settings.defaults().withAlgorithm(algorithm),
                progress::println).train(examples, version.toString());
        progress.printf(Locale.ROOT, "trained %s in %.1f s%n", result.algorithm(), (System.nanoTime() - started) / 1e9);

        Properties about = new Properties();
        about.setProperty("algorithm", result.algorithm().name());
        about.setProperty("examples", Integer.toString(examples.size()));
        Map<String, byte[]> files = new LinkedHashMap<>(result.model().files(about));
        if (golden != null) {
            files.put(ModelDescriptor.GOLDEN_FILE, Files.readAllBytes(golden));
            progress.println("golden set: " + IntentEvaluation.evaluate(goldenExamples, result.model()::predict));
        }
        ModelJar.write(out, descriptor, version, files);
        progress.println("wrote " + out);
    }

    private static IntentTrainer.Algorithm algorithm(String name) {
        for (IntentTrainer.Algorithm algorithm : IntentTrainer.Algorithm.values()) {
            if (algorithm.name().equalsIgnoreCase(name)) {
                return algorithm;
            }
        }
        throw new IllegalArgumentException("unknown --algorithm '" + name
                + "'; use softmax, maxent, lbfgs, nb or auto");
    }
}
