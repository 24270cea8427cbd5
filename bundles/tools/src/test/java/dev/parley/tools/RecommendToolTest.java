package dev.parley.tools;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

class RecommendToolTest {

    @TempDir
    Path folder;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return RecommendTool.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    /**
     * Before the split everyone who bought a tent also bought a stove; customer 4 then buys the
     * stove after the split. The recommender suggests it, the popularity baseline (mugs) does not.
     */
    private Path transactions() throws IOException {
        Path file = folder.resolve("tx.csv");
        Files.writeString(file, """
                InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country
                1,T1,TENT,1,2024-01-01 10:00,100,1,UK
                1,S1,STOVE,1,2024-01-01 10:00,30,1,UK
                2,T1,TENT,1,2024-01-02 10:00,100,2,UK
                2,S1,STOVE,1,2024-01-02 10:00,30,2,UK
                3,M1,MUG,1,2024-01-03 10:00,5,3,UK
                5,M1,MUG,1,2024-01-03 10:00,5,5,UK
                6,M1,MUG,1,2024-01-03 10:00,5,6,UK
                7,M1,MUG,1,2024-01-03 10:00,5,7,UK
                C8,M1,MUG,-1,2024-01-03 11:00,5,7,UK
                9,POST,POSTAGE,1,2024-01-03 11:00,5,7,UK
                4,T1,TENT,1,2024-01-04 10:00,100,4,UK
                10,S1,STOVE,1,2024-02-01 10:00,30,4,UK
                """);
        return file;
    }

    @Test
    void evaluatePrintsOneJsonObjectWithTheFiguresAndTheBaseline() throws IOException {
        int exit = run("evaluate", "--data", transactions().toString(), "--test-from", "2024-01-15", "--k", "1");

        assertThat(exit).as(err.toString(StandardCharsets.UTF_8)).isZero();
        JsonObject json = JsonParser.parseString(out.toString(StandardCharsets.UTF_8)).getAsJsonObject();
        assertThat(json.get("customers_evaluated").getAsInt()).isEqualTo(1);
        assertThat(json.get("precision_at_k").getAsDouble()).isEqualTo(1.0);
        assertThat(json.get("recall_at_k").getAsDouble()).isEqualTo(1.0);
        assertThat(json.get("ndcg_at_k").getAsDouble()).isEqualTo(1.0);
        assertThat(json.get("baseline_precision_at_k").getAsDouble()).isZero();
        assertThat(json.has("coverage")).isTrue();
        assertThat(json.has("baseline_recall_at_k")).isTrue();
        assertThat(json.has("baseline_ndcg_at_k")).isTrue();
        assertThat(json.has("baseline_coverage")).isTrue();
        assertThat(json.has("train_seconds")).isTrue();
        assertThat(json.get("skipped_cancelled").getAsInt()).isEqualTo(1);
        assertThat(json.get("skipped_non_product").getAsInt()).isEqualTo(1);
        assertThat(json.get("rows").getAsInt()).isEqualTo(12);
    }

    @Test
    void withoutTestFromTheSplitIsAtEightyPercentOfTheTimeSpan() throws IOException {
        assertThat(run("evaluate", "--data", transactions().toString())).isZero();

        JsonObject json = JsonParser.parseString(out.toString(StandardCharsets.UTF_8)).getAsJsonObject();
        // 2024-01-01 10:00 to 2024-02-01 10:00 is 31 days; 80% of it ends 2024-01-26 05:12, so the day 2024-01-26.
        assertThat(json.get("test_from").getAsString()).isEqualTo("2024-01-26");
    }

    @Test
    void badArgumentsAndMissingFilesExitWithTwoAndSayWhy() throws IOException {
        assertThat(run("evaluate", "--data", folder.resolve("none.csv").toString())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("none.csv: no such file");

        String data = transactions().toString();
        assertThat(run("evaluate", "--data", data, "--test-from", "15.01.2024")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("give a date as YYYY-MM-DD");
        assertThat(run("evaluate", "--data", data, "--k", "0")).isEqualTo(2);
        assertThat(run("evaluate", "--data", data, "--test-from", "2000-01-01")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("choose a later --test-from");
        assertThat(run("evaluate")).isEqualTo(2);
        assertThat(run("train")).isEqualTo(2);
        assertThat(out.size()).isZero();
    }

    @Test
    void aFileWithoutTheRequiredColumnsExitsWithTwo() throws IOException {
        Path file = Files.writeString(folder.resolve("other.csv"), "Invoice,Item\n1,A\n");

        assertThat(run("evaluate", "--data", file.toString(), "--test-from", "2024-01-01")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("lacks the column(s) InvoiceNo");
    }
}
