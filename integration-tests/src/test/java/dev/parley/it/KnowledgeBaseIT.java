package dev.parley.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import dev.parley.it.harness.Await;
import dev.parley.it.harness.ParleyContainer;
import dev.parley.it.harness.TestBundles;

/** The knowledge base serves the shipped kb/ folder and follows its edits while the container runs. */
class KnowledgeBaseIT {

    @RegisterExtension
    static final ParleyContainer parley = new ParleyContainer();

    @BeforeAll
    static void deployClient(@TempDir Path work) throws Exception {
        parley.deploy(TestBundles.knowledgeServlet(work), "knowledge-client.jar");
        Await.until("the knowledge base answers", () -> parley.get(search("refund")).statusCode() == 200);
    }

    @Test
    void theShippedKnowledgeBaseAnswersShopQuestions() {
        assertThat(parley.get(search("how much does delivery to Germany cost?")).body()).startsWith("shipping/costs|");
        assertThat(parley.get(search("I forgot my password")).body()).startsWith("account/password|");
        assertThat(parley.get(search("I want my money back")).body()).startsWith("refunds|");
        assertThat(parley.get(search("what is the capital of France")).body()).isEmpty();
        assertThat(parley.get(search("asdfgh")).body()).isEmpty();
        assertThat(parley.get(search("")).body()).isEmpty();

        var article = parley.get("/it/kb/article?id=support-hours");
        assertThat(article.statusCode()).isEqualTo(200);
        assertThat(article.body()).startsWith("Customer service opening hours\n\n").contains("10:00 to 14:00");
        assertThat(parley.get("/it/kb/article?id=no-such-article").statusCode()).isEqualTo(404);
    }

    @Test
    void healthSaysHowManyArticlesAreServed() {
        assertThat(parley.healthMessages("Knowledge base"))
                .anyMatch(message -> message.matches("OK 3\\d articles \\(\\d+ passages\\) served from .*kb"));
    }

    @Test
    void addedChangedAndRemovedArticlesAreServedLive() {
        writeArticle("loyalty/points.md", "# Loyalty points\n\nEvery euro you spend earns one loyalty point.\n");
        Await.until("the added article is found", () -> parley.get(search("loyalty points")).body()
                .startsWith("loyalty/points|"));

        writeArticle("loyalty/points.md", "# Bonus stamps\n\nCollect a stamp with every order; ten stamps give a"
                + " free tote bag.\n");
        Await.until("the changed article is found by its new words", () -> parley.get(search("bonus stamps tote bag"))
                .body().startsWith("loyalty/points|"));
        assertThat(parley.get(search("loyalty points")).body()).doesNotContain("loyalty/points|");

        deleteArticle("loyalty/points.md");
        Await.until("the removed article is gone", () -> parley.get(search("bonus stamps tote bag")).body().isEmpty());
        assertThat(parley.get("/it/kb/article?id=loyalty/points").statusCode()).isEqualTo(404);
    }

    @Test
    void aBrokenArticleIsLoggedAndTheOthersKeepServing() {
        writeArticle("broken.md", "An article without any title.\n");

        Await.until("the broken article is logged with its name and reason", () -> !parley.logLines(
                Pattern.compile("WARN.*broken\\.md has no title")).isEmpty());
        assertThat(parley.get(search("forgot my password")).body()).startsWith("account/password|");
        Await.until("health names the broken article", () -> parley.healthMessages("Knowledge base").stream()
                .anyMatch(message -> message.startsWith("WARN broken.md has no title")));
        deleteArticle("broken.md");
        Await.until("health is OK again", () -> parley.healthMessages("Knowledge base").stream()
                .allMatch(message -> message.startsWith("OK ")));
    }

    @Test
    void theFolderAndMinimumScoreAreConfigurable() throws IOException {
        Path other = Files.createDirectories(parley.home().resolve("other-kb"));
        Files.writeString(other.resolve("hours.md"), "# Opening hours\n\nWe are open day and night.\n");

        parley.writeConfiguration("dev.parley.knowledge.cfg", "folder=other-kb\nminimumScore=0.2\n");
        Await.until("the configured folder is served", () -> parley.get(search("opening hours")).body()
                .startsWith("hours|"));
        assertThat(parley.get(search("how much does delivery to Germany cost?")).body()).isEmpty();
        assertThat(parley.healthMessages("Configuration files")).noneMatch(message -> message.contains("knowledge"));

        parley.deleteConfiguration("dev.parley.knowledge.cfg");
        Await.until("the shipped kb/ is served again", () -> parley.get(search("how much does delivery to Germany"
                + " cost?")).body().startsWith("shipping/costs|"));
    }

    private static String search(String question) {
        return "/it/kb/search?q=" + URLEncoder.encode(question, StandardCharsets.UTF_8);
    }

    /** Writes kb/&lt;name&gt; in one atomic step, as an editor saving a file does. */
    private static void writeArticle(String name, String content) {
        try {
            Path target = parley.home().resolve("kb").resolve(name);
            Files.createDirectories(target.getParent());
            Path staging = Files.createTempFile(parley.home().resolve("data"), "article", ".tmp");
            Files.writeString(staging, content);
            Files.move(staging, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteArticle(String name) {
        try {
            Files.delete(parley.home().resolve("kb").resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
