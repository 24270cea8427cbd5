package dev.parley.tools;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import com.google.gson.JsonObject;

import dev.parley.api.nlp.ExtractionContext;
import dev.parley.nlp.entity.EntityPatterns;
import dev.parley.nlp.entity.EntityRecognizer;
import dev.parley.nlp.intent.IntentModel;
import dev.parley.nlp.model.ModelJar;
import dev.parley.nlp.sentiment.SentimentModel;
import dev.parley.nlp.text.LabeledText;
import dev.parley.nlp.text.LabeledTextReader;

/**
 * {@code bench}: what understanding one message costs, the way the assistant does it (intent,
 * entities, sentiment). Warms up, then measures each message's latency on one thread (p50, p99)
 * and the throughput of all threads together; prints one JSON object.
 */
final class BenchCommand {

    static final Set<String> OPTIONS = Set.of("intent", "sentiment", "data", "seconds", "threads");

    private final Options options;

    BenchCommand(Options options) {
        this.options = options;
    }

    String run() throws UsageException, IOException, InterruptedException {
        ModelJar.Contents intentJar = ModelJar.read(options.existingFile("intent"));
        ModelJar.Contents sentimentJar = ModelJar.read(options.existingFile("sentiment"));
        IntentModel intents = IntentModel.read(intentJar.source(), intentJar.version().toString());
        SentimentModel sentiment = SentimentModel.read(sentimentJar.source(), sentimentJar.version().toString());
        EntityRecognizer entities = new EntityRecognizer(EntityPatterns.defaults());
        List<String> texts = LabeledTextReader.read(options.existingFile("data")).stream().map(LabeledText::text).toList();
        int seconds = positive("seconds", "10");
        int threads = positive("threads", Integer.toString(Runtime.getRuntime().availableProcessors()));
        ExtractionContext context = ExtractionContext.now();
        Runnable[] understand = new Runnable[texts.size()];
        for (int i = 0; i < understand.length; i++) {
            String text = texts.get(i);
            understand[i] = () -> {
                intents.predict(text);
                entities.recognize(text, context);
                sentiment.analyze(text);
            };
        }

        runFor(understand, seconds / 2.0); // warm-up: let the JIT compile the hot paths
        long[] latencies = latencies(understand, seconds / 2.0);
        double throughput = throughput(understand, threads, seconds);

        JsonObject result = new JsonObject();
        result.addProperty("messages", texts.size());
        result.addProperty("threads", threads);
        result.addProperty("latency_p50_ms", round(percentile(latencies, 0.50) / 1e6));
        result.addProperty("latency_p99_ms", round(percentile(latencies, 0.99) / 1e6));
        result.addProperty("messages_per_second", Math.round(throughput));
        result.addProperty("max_heap_mb", Runtime.getRuntime().maxMemory() / (1024 * 1024));
        return result.toString();
    }

    private int positive(String name, String fallback) throws UsageException {
        try {
            int value = Integer.parseInt(options.get(name, fallback));
            if (value > 0) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageException("--" + name + " must be a positive whole number");
    }

    private static void runFor(Runnable[] work, double seconds) {
        long end = System.nanoTime() + (long) (seconds * 1e9);
        for (int i = 0; System.nanoTime() < end; i++) {
            work[i % work.length].run();
        }
    }

    private static long[] latencies(Runnable[] work, double seconds) {
        List<Long> measured = new ArrayList<>();
        long end = System.nanoTime() + (long) (seconds * 1e9);
        for (int i = 0; System.nanoTime() < end; i++) {
            long started = System.nanoTime();
            work[i % work.length].run();
            measured.add(System.nanoTime() - started);
        }
        return measured.stream().mapToLong(Long::longValue).toArray();
    }

    private static double throughput(Runnable[] work, int threads, int seconds) throws InterruptedException {
        AtomicLong done = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        List<Future<?>> running = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int offset = t * 7919;
            running.add(pool.submit(() -> {
                for (int i = offset; System.nanoTime() < end; i++) {
                    work[i % work.length].run();
                    done.incrementAndGet();
                }
            }));
        }
        for (Future<?> future : running) {
            try {
                future.get();
            } catch (java.util.concurrent.ExecutionException e) {
                throw new IllegalStateException(e.getCause());
            }
        }
        pool.shutdown();
        return done.get() / (double) seconds;
    }

    private static double percentile(long[] values, double share) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.floor(share * sorted.length))];
    }

    private static double round(double value) {
        return Double.parseDouble(String.format(Locale.ROOT, "%.3f", value));
    }
}
