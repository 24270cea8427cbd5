package dev.parley.tools;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.osgi.framework.Version;

import dev.parley.nlp.model.ModelDescriptor;
import dev.parley.nlp.model.ModelJar;
import dev.parley.nlp.model.ModelSource;
import dev.parley.nlp.sentiment.EmotionLexicon;
import dev.parley.nlp.sentiment.PolarityBlend;
import dev.parley.nlp.sentiment.PolarityBlendTrainer;
import dev.parley.nlp.sentiment.SentimentModel;
import dev.parley.nlp.text.LabeledText;

/**
 * {@code train --kind sentiment}: packages the valence lexicon ({@code --lexicon}, VADER's format)
 * and the emotion lexicon ({@code --emotions}, Parley's English one by default) into a model
 * bundle; with enough positive/negative rows in {@code --data}, also trains a polarity classifier
 * blended with the lexicon (see PolarityBlendTrainer). Reports how the result scores on the data.
 */
final class SentimentPackager {

    private static final String ENGLISH_EMOTIONS = "/dev/parley/nlp/sentiment/emotion-lexicon-en.tsv";

    private final Options options;
    private final PrintStream progress;

    SentimentPackager(Options options, PrintStream progress) {
        this.options = options;
        this.progress = progress;
    }

    void write(Path out, ModelDescriptor descriptor, Version version, List<LabeledText> data, Path golden)
            throws UsageException, IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put(SentimentModel.LEXICON_FILE, Files.readAllBytes(options.existingFile("lexicon")));
        Path emotions = options.optionalExistingFile("emotions");
        files.put(SentimentModel.EMOTIONS_FILE, emotions == null ? englishEmotions() : Files.readAllBytes(emotions));
        if (golden != null) {
            files.put(ModelDescriptor.GOLDEN_FILE, Files.readAllBytes(golden));
        }
        SentimentModel lexical = SentimentModel.read(ModelSource.of(files), version.toString());
        PolarityBlend blend = new PolarityBlendTrainer(lexical.engine(), progress::println).train(data).orElse(null);
        if (blend != null) {
            files.putAll(blend.files());
        }
        SentimentModel model = new SentimentModel(lexical.engine(), blend, version.toString());
        progress.println("sentiment on --data: " + EvaluateCommand.toJson(SentimentFigures.of(data, model)));
        ModelJar.write(out, descriptor, version, files);
        progress.println("wrote " + out);
    }

    private static byte[] englishEmotions() throws IOException {
        try (InputStream in = EmotionLexicon.class.getResourceAsStream(ENGLISH_EMOTIONS)) {
            if (in == null) {
                throw new FileNotFoundException("the built-in emotion lexicon is missing from the NLP jar");
            }
            return in.readAllBytes();
        }
    }
}
