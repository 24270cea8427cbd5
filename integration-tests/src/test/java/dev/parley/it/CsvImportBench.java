package dev.parley.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import dev.parley.it.harness.Await;
import dev.parley.it.harness.ParleyContainer;
import dev.parley.it.harness.TestBundles;

/**
 * Imports a generated export of 100,000 tickets (about 1 % malformed) in a container with the
 * shipped -Xmx512m and prints rows/s and the heap: the peak before a collection and the most that
 * stayed live after one, from the JVM's GC log. Asserts only that every row was accounted for.
 * Run with {@code mvn -B verify -Pbench -pl runtime,integration-tests -am -Dit.test=CsvImportBench}.
 */
class CsvImportBench {

    private static final int ROWS = Integer.getInteger("parley.bench.rows", 100_000);
    private static final Path GC_LOG = Path.of(System.getProperty("parley.it.homes", "target/it-homes"))
            .toAbsolutePath().resolve("CsvImportBench-gc.log");
    private static final Pattern GC_LINE = Pattern.compile("(\\d+)M->(\\d+)M\\((\\d+)M\\)");
    private static final Pattern SUMMARY = Pattern.compile("bench\\.csv done: (\\d+) rows read, (\\d+) imported, "
            + "(\\d+) rejected, (\\d+) rows/s");

    private static final String[] TEXTS = {
        "I want a refund for order 100234, the item arrived broken.",
        "Where is my parcel? It has not arrived yet, can you track it?",
        "How much does shipping to Austria cost?",
        "Please send me the invoice for my last order.",
        "I forgot my password and cannot log in.",
        "Can I change the delivery address of order 100235?",
        "Thank you, the replacement arrived and works great!",
        "This is the third time I ask, nobody answers. Unacceptable!",
        "Is the blue jacket in size M back in stock?",
        "My payment was declined although my card is fine.",
        "I would like to return the shoes, they are too small.",
        "Do you have a discount code for students?",
    };

    @RegisterExtension
    static final ParleyContainer parley = new ParleyContainer()
            .withEnvironment("PARLEY_JAVA_OPTS", "-Xmx512m -Xlog:gc:file=" + GC_LOG)
            .withConfiguration("dev.parley.adapter.csv.cfg", "pollSeconds=1\nsettleSeconds=0\n");

    @TempDir
    Path work;

    @Test
    void importsAHundredThousandRowsInConstantMemory() throws Exception {
        parley.deploy(TestBundles.csvTickets(work), "csv-tickets.jar");
        Await.until("the CSV import's table can be read", () -> parley.get("/it/csv/count?file=none").statusCode() == 200);
        int baseline = gcPeaks()[1];
        Path folder = parley.home().resolve("import/tickets");
        Path part = folder.resolve("bench.csv.part");
        long bad = generate(part);

        long started = System.nanoTime();
        Files.move(part, folder.resolve("bench.csv"));
        Await.until("bench.csv is imported", Duration.ofMinutes(60), () -> Files.exists(folder.resolve("done/bench.csv")));
        long millis = Duration.ofNanos(System.nanoTime() - started).toMillis();

        Matcher summary = SUMMARY.matcher(parley.log());
        assertThat(summary.find()).isTrue();
        int[] heap = gcPeaks();
        long stored = Long.parseLong(parley.get("/it/csv/count?file=bench.csv").body());
        System.out.printf("CsvImportBench: %d rows (%d malformed) in %.1f s from drop to done/: %d rows/s (import's own "
                + "figure %s rows/s); read %s, imported %s, rejected %s, stored %d%n", ROWS, bad, millis / 1000.0,
                ROWS * 1000L / Math.max(1, millis), summary.group(4), summary.group(1), summary.group(2), summary.group(3),
                stored);
        System.out.printf("CsvImportBench: heap -Xmx512m: peak used before a GC %d MB, most live after a GC %d MB "
                + "(%d MB before the import), %d collections%n", heap[0], heap[1], baseline, heap[2]);
        parley.logLines(Pattern.compile("CSV import: bench\\.csv: \\d+ rows read")).stream().limit(3)
                .forEach(line -> System.out.println("CsvImportBench: log: " + line));
        assertThat(Long.parseLong(summary.group(1))).isEqualTo(ROWS);
        assertThat(Long.parseLong(summary.group(3))).isEqualTo(bad);
        assertThat(stored).isEqualTo(ROWS - bad);
    }

    /** Writes the export; returns the number of malformed rows in it. */
    private static long generate(Path file) throws IOException {
        Random random = new Random(42);
        long bad = 0;
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(CsvImportIT.HEADER);
            out.write('\n');
            for (int i = 1; i <= ROWS; i++) {
                String text = TEXTS[random.nextInt(TEXTS.length)];
                String date = "2023-%02d-%02d %02d:%02d:00".formatted(1 + random.nextInt(12), 1 + random.nextInt(28),
                        random.nextInt(24), random.nextInt(60));
                boolean malformed = random.nextInt(100) == 0;
                bad += malformed ? 1 : 0;
                out.write(String.join(",", List.of(Integer.toString(i), "Customer " + i, "customer" + i + "@example.com",
                        "Product " + random.nextInt(40), malformed ? "not a date" : "2022-05-17", "Product inquiry",
                        "Ticket " + i, "\"" + text + " Ticket " + i + ".\"", "Open", "", "Medium", "Email", date, "",
                        Integer.toString(1 + random.nextInt(5)))));
                out.write('\n');
            }
        }
        return bad;
    }

    /** {peak used before a collection, most live after one, number of collections}, in MB, from the GC log. */
    private static int[] gcPeaks() throws IOException {
        int before = 0;
        int after = 0;
        int collections = 0;
        for (String line : Files.readAllLines(GC_LOG)) {
            Matcher m = GC_LINE.matcher(line);
            if (m.find()) {
                before = Math.max(before, Integer.parseInt(m.group(1)));
                after = Math.max(after, Integer.parseInt(m.group(2)));
                collections++;
            }
        }
        return new int[] {before, after, collections};
    }
}
