package dev.parley.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import dev.parley.api.knowledge.KnowledgeHit;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;

/** The service as callers see it, on the default folder of a Parley home, with questions of any kind. */
class MarkdownKnowledgeBaseTest {

    @TempDir
    Path home;

    private MarkdownKnowledgeBase knowledgeBase;

    @BeforeEach
    void start() throws IOException {
        Files.createDirectories(home.resolve("kb"));
        Files.writeString(home.resolve("kb/refunds.md"), """
                ---
                title: Refunds
                url: https://shop.example/refunds
                ---
                We refund your money within 5 working days after your return arrives.
                """);
        Files.writeString(home.resolve("kb/hours.md"), "# Opening hours\n\nMonday to Friday 9:00 to 17:00.\n");
        BundleContext context = mock(BundleContext.class);
        when(context.getProperty("parley.home")).thenReturn(home.toString());
        MarkdownKnowledgeBase.Config config = mock(MarkdownKnowledgeBase.Config.class);
        when(config.folder()).thenReturn("");
        when(config.minimumScore()).thenReturn(Settings.DEFAULT_MINIMUM_SCORE);
        when(config.titleBoost()).thenReturn(Settings.DEFAULT_TITLE_BOOST);
        when(config.reloadSeconds()).thenReturn(Settings.DEFAULT_RELOAD_SECONDS);
        when(config.passageLength()).thenReturn(ArticleParser.DEFAULT_PASSAGE_CHARS);
        knowledgeBase = new MarkdownKnowledgeBase(context, config);
    }

    @AfterEach
    void stop() {
        knowledgeBase.stop();
    }

    @Test
    void findsArticlesOfTheHomesKbFolder() {
        List<KnowledgeHit> hits = knowledgeBase.search("when do I get my refund?", 3);

        assertThat(hits).first().satisfies(hit -> {
            assertThat(hit.articleId()).isEqualTo("refunds");
            assertThat(hit.title()).isEqualTo("Refunds");
            assertThat(hit.url()).isEqualTo("https://shop.example/refunds");
            assertThat(hit.score()).isBetween(Settings.DEFAULT_MINIMUM_SCORE, 1.0);
        });
        assertThat(knowledgeBase.article("hours")).get().extracting(a -> a.title()).isEqualTo("Opening hours");
        assertThat(knowledgeBase.article("nope")).isEmpty();
    }

    @Test
    void blankAndNonsenseQuestionsFindNothing() {
        assertThat(knowledgeBase.search("", 3)).isEmpty();
        assertThat(knowledgeBase.search(" \t\n ", 3)).isEmpty();
        assertThat(knowledgeBase.search("asdfgh", 3)).isEmpty();
        assertThat(knowledgeBase.search("what is the capital of France", 3)).isEmpty();
    }

    @Test
    void hugeQuestionsAreSearchedByTheirBeginning() {
        String huge = "refund " + "lorem ipsum dolor ".repeat(6000);
        assertThat(huge.length()).isGreaterThan(100_000);

        List<KnowledgeHit> hits = knowledgeBase.search(huge, 3);

        assertThat(hits).isEmpty(); // the start is mostly words no article has: too weak to answer
        assertThat(knowledgeBase.search("refund " + "\u0000".repeat(100_000), 3)).extracting(KnowledgeHit::articleId)
                .containsExactly("refunds");
    }

    @Test
    void controlCharactersAndOtherScriptsGiveADefinedAnswer() {
        assertThat(knowledgeBase.search("re\u0000fund\u0007\u001B[31m", 3)).isEmpty();
        assertThat(knowledgeBase.search("\u0000\u0001\u0002", 3)).isEmpty();
        assertThat(knowledgeBase.search("返金してください", 3)).isEmpty();
        assertThat(knowledgeBase.search("Возврат денег", 3)).isEmpty();
        assertThat(knowledgeBase.search("\uD83D\uDE00 refund \uD83D\uDE00", 3)).extracting(KnowledgeHit::articleId)
                .containsExactly("refunds");
        assertThat(knowledgeBase.search("\uD800refund\uDFFF", 3)).extracting(KnowledgeHit::articleId)
                .containsExactly("refunds");
    }

    @Test
    void aLimitBelowOneIsRejected() {
        assertThatThrownBy(() -> knowledgeBase.search("refund", 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("limit must be >= 1");
    }
}
