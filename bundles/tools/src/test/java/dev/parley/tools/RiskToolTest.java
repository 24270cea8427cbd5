package dev.parley.tools;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import dev.parley.risk.ChurnFeatures;
import dev.parley.risk.ChurnTrainer;
import dev.parley.risk.CustomerActivity;
import dev.parley.risk.Examples;

class RiskToolTest {

    @TempDir
    Path folder;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return RiskTool.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void churnLabelsFromATinyFile() throws Exception {
        // A buys before and after the cutoff, B only before (churned), C only after (not a case);
        // cancellations (C...) and lines without a customer are no purchases.
        Path csv = write("""
                InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country
                1001,X1,Mug,2,2024-01-05 10:00,3.00,A,UK
                1001,X2,Plate,1,2024-01-05 10:00,4.00,A,UK
                1002,X1,Mug,1,2024-01-20 09:00,3.00,B,UK
                C1003,X1,Mug,-1,2024-03-10 09:00,3.00,B,UK
                1004,X1,Mug,1,2024-03-15 12:00,3.00,,UK
                1005,X3,Bowl,5,2024-03-20 12:00,2.00,A,UK
                1006,X3,Bowl,1,2024-03-05 12:00,2.00,C,UK
                """);
        RetailPurchases data = RetailPurchases.read(csv);
        Map<String, CustomerActivity> customers = data.customers;

        assertThat(customers.keySet()).containsExactlyInAnyOrder("A", "B", "C");
        assertThat(customers.get("A").purchases()).extracting(CustomerActivity.Purchase::amount)
                .containsExactlyInAnyOrder(10.0, 10.0);
        assertThat(customers.get("B").purchases()).hasSize(1);

        ChurnTrainer trainer = new ChurnTrainer(0.01, Duration.ofDays(60), 1, 0.5);
        Instant cutoff = Instant.parse("2024-03-01T00:00:00Z");
        List<String> order = new ArrayList<>();
        Examples examples = new Examples();
        for (String id : List.of("A", "B", "C")) {
            Examples one = trainer.examples(List.of(customers.get(id)), cutoff);
            if (one.size() == 1) {
                order.add(id);
                examples.add(one.x()[0], one.y()[0] == 1);
            }
        }
        assertThat(order).containsExactly("A", "B");
        assertThat(examples.y()).containsExactly(0, 1);
        // B last bought on 20 January at 09:00: 40 days and 15 hours before the cutoff.
        assertThat(examples.x()[1][0]).isEqualTo(40.625);
        assertThat(examples.x()[0][0]).isEqualTo(ChurnFeatures.of(customers.get("A"), cutoff)[0]);
    }

    @Test
    void backtestChurnPrintsTheFiguresOfTheModelAndTheBaseline() throws Exception {
        // 120 customers: those who bought often keep buying, those who bought once stop.
        StringBuilder csv = new StringBuilder("InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country\n");
        int invoice = 1;
        for (int c = 0; c < 120; c++) {
            boolean loyal = c % 2 == 0;
            int purchases = loyal ? 12 : 1;
            for (int p = 0; p < purchases; p++) {
                int day = loyal ? 1 + p * 25 : 1 + (c * 7) % 150;
                csv.append(invoice++).append(",X,Thing,1,").append(java.time.LocalDate.of(2024, 1, 1).plusDays(day))
                        .append(" 10:00,5.00,K").append(c).append(",UK\n");
            }
        }
        Path file = write(csv.toString());

        int exit = run("backtest-churn", "--data", file.toString(), "--cutoff", "2024-07-01", "--horizon-days", "60");

        assertThat(exit).as(err.toString()).isZero();
        JsonObject json = JsonParser.parseString(out.toString(StandardCharsets.UTF_8)).getAsJsonObject();
        assertThat(json.get("testCutoff").getAsString()).isEqualTo("2024-07-01");
        assertThat(json.get("trainCutoff").getAsString()).isEqualTo("2024-05-02");
        assertThat(json.getAsJsonObject("model").get("auc").getAsDouble()).isBetween(0.5, 1.0);
        assertThat(json.getAsJsonObject("baseline").get("name").getAsString()).contains("recency");
    }

    @Test
    void badArgumentsExitWithTwo() throws Exception {
        Path file = write("InvoiceNo,Quantity\n1,2\n");

        assertThat(run()).isEqualTo(2);
        assertThat(run("predict")).isEqualTo(2);
        assertThat(run("backtest-churn")).isEqualTo(2);
        assertThat(run("backtest-churn", "--data", folder.resolve("missing.csv").toString())).isEqualTo(2);
        assertThat(run("backtest-churn", "--data", file.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("has no column InvoiceDate");
        assertThat(run("backtest-churn", "--data", file.toString(), "--cutoff", "June")).isEqualTo(2);
        assertThat(run("backtest-churn", "--data", file.toString(), "--horizon-days", "0")).isEqualTo(2);
        assertThat(run("backtest-escalation", "--data", file.toString())).isEqualTo(2);
        assertThat(run("backtest-escalation", "--data", file.toString(), "--sentiment", file.toString()))
                .isEqualTo(2);
        assertThat(run("--help")).isZero();
    }

    private Path write(String text) throws Exception {
        Path file = Files.createTempFile(folder, "data", ".csv");
        Files.writeString(file, text);
        return file;
    }
}
