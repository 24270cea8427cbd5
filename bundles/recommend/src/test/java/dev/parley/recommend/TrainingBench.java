package dev.parley.recommend;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code mvn -B -o verify -Pbench -pl bundles/recommend -am}: writes a synthetic transactions file
 * of 1 M rows (20,000 customers, 5,000 items in 50 themes, baskets of 1-20 lines over a year),
 * then reads and trains on it as the container does, and prints the time and heap it took.
 */
class TrainingBench {

    static final int ROWS = 1_000_000;
    static final int CUSTOMERS = 20_000;
    static final int ITEMS = 5_000;
    static final int THEMES = 50;

    @TempDir
    Path folder;

    @Test
    void trainsOnAMillionRows() throws IOException {
        Path file = folder.resolve("synthetic.csv");
        write(file);
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        long heapBefore = memory.getHeapMemoryUsage().getUsed();

        long started = System.nanoTime();
        PurchaseLog log = new PurchaseLog();
        TransactionsCsv csv = new TransactionsCsv();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            csv.read(reader, log::add);
        }
        long read = System.nanoTime();
        RecommendationModel model = Trainer.train(log, Tuning.DEFAULTS);
        long trained = System.nanoTime();
        long heapWithModel = memory.getHeapMemoryUsage().getUsed();
        System.gc();
        long heapRetained = memory.getHeapMemoryUsage().getUsed() - heapBefore;

        System.out.printf("TrainingBench: %,d rows, %,d purchases, %,d customers, %,d items; read %.1f s, trained %.1f s, "
                + "total %.1f s; heap after training %d MB, retained (log + model) %d MB, max heap %d MB, %d cores%n",
                csv.rows(), csv.purchases(), model.customerCount(), model.itemCount(), (read - started) / 1e9,
                (trained - read) / 1e9, (trained - started) / 1e9, (heapWithModel - heapBefore) >> 20, heapRetained >> 20,
                Runtime.getRuntime().maxMemory() >> 20, Runtime.getRuntime().availableProcessors());
        assertThat(model.forCustomer("c1", 10)).hasSize(10);
        assertThat(log.size()).isGreaterThan(ROWS * 9 / 10);
    }

    /** Customers favour two themes; items within a theme are bought together. Some rows are cancellations. */
    private static void write(Path file) throws IOException {
        SplittableRandom random = new SplittableRandom(7);
        DateTimeFormatter format = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
        LocalDateTime start = LocalDateTime.of(2024, 1, 1, 8, 0);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country\n");
            int rows = 0;
            int invoice = 100_000;
            while (rows < ROWS) {
                int customer = random.nextInt(CUSTOMERS);
                int theme = random.nextBoolean() ? customer % THEMES : (customer * 7) % THEMES;
                String time = start.plusMinutes(rows / 2).format(format);
                String prefix = random.nextInt(50) == 0 ? "C" : "";
                int lines = 1 + random.nextInt(20);
                for (int line = 0; line < lines && rows < ROWS; line++, rows++) {
                    int item = random.nextInt(10) < 8 ? theme * (ITEMS / THEMES) + random.nextInt(ITEMS / THEMES)
                            : random.nextInt(ITEMS);
                    out.write(prefix + invoice + ",I" + item + ",ITEM " + item + "," + (prefix.isEmpty() ? "" : "-")
                            + (1 + random.nextInt(12)) + "," + time + ",1.5,c" + customer + ",UK\n");
                }
                invoice++;
            }
        }
    }
}
