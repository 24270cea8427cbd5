package dev.parley.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Version;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import dev.parley.it.harness.Await;
import dev.parley.it.harness.ParleyContainer;
import dev.parley.it.harness.TestBundles;
import dev.parley.nlp.model.ModelJar;

/**
 * Model hot swap under load: four threads classify without pause while ten new versions go live
 * through deploy/, one is reverted over the admin endpoint, and a broken one is rejected. No
 * request fails, and every answer names the one model version that gave it.
 */
class ModelSwapIT {

    @RegisterExtension
    static final ParleyContainer parley = new ParleyContainer();

    private static final String MODEL = "intent/commerce-en";
    private static final Pattern ANSWER = Pattern.compile("intent=([a-z_]+);version=([0-9A-Za-z.]+)");
    private static final List<String> TEXTS = List.of("where is my parcel", "I want to cancel my order",
            "hello there", "what are your opening hours", "tell me a joke about dinosaurs");

    @TempDir
    Path work;

    private final AtomicBoolean running = new AtomicBoolean(true);
    private final AtomicInteger answers = new AtomicInteger();
    private final Map<String, Integer> failures = new ConcurrentHashMap<>();
    private final Set<String> versionsSeen = ConcurrentHashMap.newKeySet();

    @Test
    void swapsRevertsAndRejectsWithoutASingleFailedRequest() throws Exception {
        parley.deploy(TestBundles.classifyServlet(work), "classify.jar");
        Await.until("the default model answers", () -> version(parley.get(classify("hello"))).equals("0.1.0.SNAPSHOT"));
        ModelJar.Contents defaultModel = ModelJar.read(defaultModelJar());

        ExecutorService clients = Executors.newFixedThreadPool(4);
        for (int thread = 0; thread < 4; thread++) {
            int offset = thread;
            clients.execute(() -> classifyUntilStopped(offset));
        }
        try {
            for (int minor = 1; minor <= 10; minor++) {
                String version = "1.0." + minor;
                parley.deploy(modelJar(defaultModel, version, defaultModel.files()), "model-" + version + ".jar");
                Await.until(version + " answers", () -> version(parley.get(classify("hello"))).equals(version));
            }

            HttpResponse<String> reverted = adminPost("action=revert&model=" + MODEL);
            assertThat(reverted.statusCode()).as(reverted.body()).isEqualTo(200);
            assertThat(reverted.body()).contains("1.0.9 active again");
            assertThat(version(parley.get(classify("hello")))).as("revert is immediate").isEqualTo("1.0.9");

            Map<String, byte[]> broken = new HashMap<>(defaultModel.files());
            // the learner the build chose names the file (model.bin, softmax.bin ...): break whichever it is
            broken.replaceAll((name, bytes) -> name.endsWith(".bin") ? "not a model".getBytes(StandardCharsets.UTF_8)
                    : bytes);
            assertThat(broken).as("the default model has a .bin file to break").isNotEqualTo(defaultModel.files());
            parley.deploy(modelJar(defaultModel, "2.0.0", broken), "model-2.0.0.jar");
            Await.until("the broken model is rejected", () -> parley.log().contains(
                    MODEL + " 2.0.0 rejected: cannot be loaded"));
            Thread.sleep(500);
        } finally {
            running.set(false);
            clients.shutdown();
            assertThat(clients.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        }

        assertThat(failures).as("failed requests").isEmpty();
        assertThat(answers.get()).isGreaterThan(100);
        assertThat(versionsSeen).contains("0.1.0.SNAPSHOT", "1.0.5", "1.0.10", "1.0.9").doesNotContain("2.0.0");
        assertThat(states()).containsEntry("1.0.9", "active").containsEntry("1.0.10", "previous")
                .containsEntry("2.0.0", "rejected");
    }

    @Test
    void theAdminEndpointNeedsCredentialsAndExplainsBadRequests() {
        HttpResponse<String> anonymous = parley.send(HttpRequest.newBuilder(parley.uri("/system/console/parley-models.json")));
        assertThat(anonymous.statusCode()).isEqualTo(401);

        HttpResponse<String> unknownAction = adminPost("action=fly&model=" + MODEL);
        assertThat(unknownAction.statusCode()).isEqualTo(400);
        assertThat(unknownAction.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(unknownAction.body()).contains("send action=revert or action=activate");

        HttpResponse<String> unknownModel = adminPost("action=revert&model=intent/nothing");
        assertThat(unknownModel.statusCode()).isEqualTo(400);
        assertThat(unknownModel.body()).contains("no model intent/nothing");
    }

    private void classifyUntilStopped(int offset) {
        int i = offset;
        while (running.get()) {
            String text = TEXTS.get(i++ % TEXTS.size());
            try {
                HttpResponse<String> response = parley.get(classify(text));
                Matcher answer = ANSWER.matcher(response.body());
                if (response.statusCode() != 200 || !answer.matches()) {
                    failures.merge(response.statusCode() + " " + response.body(), 1, Integer::sum);
                } else {
                    versionsSeen.add(answer.group(2));
                    answers.incrementAndGet();
                }
            } catch (RuntimeException e) {
                failures.merge(e.toString(), 1, Integer::sum);
            }
        }
    }

    private Path modelJar(ModelJar.Contents model, String version, Map<String, byte[]> files) throws Exception {
        Path jar = work.resolve("model-" + version + ".jar");
        ModelJar.write(jar, model.descriptor(), Version.parseVersion(version), files);
        return jar;
    }

    private static Path defaultModelJar() throws Exception {
        try (Stream<Path> models = Files.list(parley.home().resolve("system/40-models"))) {
            return models.filter(path -> path.getFileName().toString().contains("intent-commerce-en")).findFirst().orElseThrow();
        }
    }

    private static HttpResponse<String> adminPost(String form) {
        return parley.send(HttpRequest.newBuilder(parley.uri("/system/console/parley-models"))
                .header("Authorization", dev.parley.it.harness.ContainerClient.basic("admin", parley.consolePassword()))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    private static Map<String, String> states() {
        JsonObject list = JsonParser.parseString(parley.getAsAdmin("/system/console/parley-models.json").body())
                .getAsJsonObject();
        Map<String, String> states = new HashMap<>();
        for (JsonElement model : list.getAsJsonArray("models")) {
            states.put(model.getAsJsonObject().get("version").getAsString(), model.getAsJsonObject().get("state").getAsString());
        }
        return states;
    }

    private static String version(HttpResponse<String> response) {
        Matcher answer = ANSWER.matcher(response.body());
        return answer.matches() ? answer.group(2) : "";
    }

    private static String classify(String text) {
        return "/it/classify?text=" + URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
