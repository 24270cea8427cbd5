package dev.parley.tools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * {@code mvn -B verify -Peval -pl bundles/tools -am}: the recommender on ../shared/data/retail with
 * the default split, against the popularity baseline. Skipped when the data is not there.
 */
class RetailRecommendationEvaluation {

    @Test
    void precisionAtTenIsAtLeastTwiceThePopularityBaseline() {
        Path data = Path.of(System.getProperty("parley.shared.data", "../../../shared/data"), "retail", "online-retail.csv");
        assumeTrue(Files.isRegularFile(data), "no retail data at " + data.toAbsolutePath());
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        int exit = RecommendTool.run(List.of("evaluate", "--data", data.toString()), new PrintStream(out, true,
                StandardCharsets.UTF_8), System.err);

        assertThat(exit).isZero();
        System.out.println("retail recommendations: " + out.toString(StandardCharsets.UTF_8));
        JsonObject json = JsonParser.parseString(out.toString(StandardCharsets.UTF_8)).getAsJsonObject();
        assertThat(json.get("precision_at_k").getAsDouble()).isGreaterThanOrEqualTo(
                2 * json.get("baseline_precision_at_k").getAsDouble());
    }
}
