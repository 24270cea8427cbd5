package dev.parley.tools;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import dev.parley.nlp.model.ModelJar;

class ModelToolTest {

    @TempDir
    Path folder;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void trainsAModelBundleAndEvaluatesItAsJson() throws Exception {
        Path data = write("train.tsv", trainingData());
        Path golden = write("golden.tsv", "track_order\twhere is the parcel now\ncancel_order\tplease cancel it\n");
        Path jar = folder.resolve("out/model.jar");

        int trained = run("train", "--data", data.toString(), "--out", jar.toString(), "--name", "shop",
                "--version", "2.0.1", "--algorithm", "lbfgs", "--golden", golden.toString());

        assertThat(trained).as(err.toString()).isZero();
        ModelJar.Contents contents = ModelJar.read(jar);
        assertThat(contents.descriptor().symbolicName()).isEqualTo("dev.parley.model.intent.shop");
        assertThat(contents.version()).hasToString("2.0.1");
        assertThat(contents.files()).containsKeys("intent/model.bin", "intent/model.properties", "golden.tsv");
        assertThat(err.toString()).contains("trained LBFGS");

        out.reset();
        int evaluated = run("evaluate", "--model", jar.toString(), "--data", golden.toString());

        assertThat(evaluated).isZero();
        JsonObject figures = JsonParser.parseString(out.toString().trim()).getAsJsonObject();
        assertThat(figures.get("examples").getAsLong()).isEqualTo(2);
        assertThat(figures.get("accuracy").getAsDouble()).isEqualTo(1.0);
        assertThat(figures.keySet()).contains("macro_f1", "docs_per_second").doesNotContain("oos_recall");
    }

    @Test
    void packagesASentimentModelAndBenchmarksUnderstanding() throws Exception {
        Path data = write("train.tsv", trainingData());
        Path intent = folder.resolve("intent.jar");
        assertThat(run("train", "--data", data.toString(), "--out", intent.toString(), "--algorithm", "nb")).isZero();
        Path lexicon = write("lexicon.txt", "good\t1.9\t0.9\t[2, 2]\nbad\t-2.5\t0.5\t[-2, -3]\n");
        Path golden = write("sentiment.tsv", "positive\tgood parcel\nnegative\tbad parcel\n");
        Path sentiment = folder.resolve("sentiment.jar");

        int packaged = run("train", "--kind", "sentiment", "--data", golden.toString(), "--golden", golden.toString(),
                "--lexicon", lexicon.toString(), "--out", sentiment.toString());

        assertThat(packaged).as(err.toString()).isZero();
        assertThat(ModelJar.read(sentiment).files()).containsKeys("sentiment/lexicon.txt", "sentiment/emotions.tsv", "golden.tsv");
        out.reset();
        assertThat(run("evaluate", "--model", sentiment.toString(), "--data", golden.toString())).isZero();
        assertThat(JsonParser.parseString(out.toString().trim()).getAsJsonObject().get("accuracy").getAsDouble()).isEqualTo(1.0);

        out.reset();
        int benched = run("bench", "--intent", intent.toString(), "--sentiment", sentiment.toString(),
                "--data", data.toString(), "--seconds", "1", "--threads", "2");

        assertThat(benched).as(err.toString()).isZero();
        JsonObject figures = JsonParser.parseString(out.toString().trim()).getAsJsonObject();
        assertThat(figures.get("messages").getAsInt()).isEqualTo(12);
        assertThat(figures.get("messages_per_second").getAsLong()).isPositive();
        assertThat(figures.get("latency_p99_ms").getAsDouble()).isGreaterThanOrEqualTo(figures.get("latency_p50_ms").getAsDouble());
    }

    @Test
    void aMalformedLineIsReportedWithItsNumberAndExitCode2() throws Exception {
        Path data = write("bad.tsv", "a\tone\nb\ttwo\nthis line has no tab\n");

        int code = run("train", "--data", data.toString(), "--out", folder.resolve("m.jar").toString());

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("bad.tsv line 3: no tab");
        assertThat(folder.resolve("m.jar")).doesNotExist();
    }

    @Test
    void wrongCommandLinesExitWith2AndShowUsage() throws Exception {
        assertThat(run("train", "--data")).isEqualTo(2);
        assertThat(err.toString()).contains("--data needs a value").contains("Usage:");
        err.reset();
        assertThat(run("train", "--colour", "red")).isEqualTo(2);
        assertThat(err.toString()).contains("unknown option '--colour'");
        err.reset();
        assertThat(run("evaluate", "--model", folder.resolve("none.jar").toString(), "--data", "x")).isEqualTo(2);
        assertThat(err.toString()).contains("none.jar: no such file");
        err.reset();
        Path data = Files.writeString(folder.resolve("some.tsv"), "a\tone\nb\ttwo\n");
        assertThat(run("train", "--data", data.toString(), "--out", "x.jar", "--algorithm", "svm")).isEqualTo(2);
        assertThat(err.toString()).contains("unknown --algorithm 'svm'; use softmax, maxent, lbfgs, nb or auto");
        err.reset();
        assertThat(run("fly")).isEqualTo(2);
        assertThat(err.toString()).contains("unknown command 'fly'");
    }

    @Test
    void aJarThatIsNotAModelFailsWithTheReason() throws Exception {
        Path notAModel = write("plain.jar", "not a jar at all");
        Path data = write("d.tsv", "a\tb\n");

        assertThat(run("evaluate", "--model", notAModel.toString(), "--data", data.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("plain.jar is not a model bundle");
    }

    private int run(String... args) {
        return ModelTool.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(folder.resolve(name), content);
    }

    private static String trainingData() {
        List<String> lines = new ArrayList<>();
        for (String text : List.of("where is my parcel", "track my package", "tracking number please",
                "where is my delivery now", "send the tracking link", "has my parcel shipped yet")) {
            lines.add("track_order\t" + text);
        }
        for (String text : List.of("cancel my order", "please cancel the order", "i want to cancel",
                "stop the order please", "cancel it now", "can i cancel my purchase")) {
            lines.add("cancel_order\t" + text);
        }
        return String.join("\n", lines) + "\n";
    }
}
