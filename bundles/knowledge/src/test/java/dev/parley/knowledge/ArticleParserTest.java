package dev.parley.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class ArticleParserTest {

    private static final Instant CHANGED = Instant.parse("2026-11-20T10:00:00Z");
    private final ArticleParser parser = new ArticleParser();

    @Test
    void frontMatterGivesTitleTagsAndUrl() throws Exception {
        ParsedArticle parsed = parser.parse("shipping/costs", """
                ---
                title: "Shipping costs"
                tags: [shipping, delivery]
                url: https://shop.example/help/shipping
                ---

                Delivery in Germany costs **€4.95**.
                """, CHANGED);

        assertThat(parsed.article().id()).isEqualTo("shipping/costs");
        assertThat(parsed.article().title()).isEqualTo("Shipping costs");
        assertThat(parsed.article().tags()).containsExactly("shipping", "delivery");
        assertThat(parsed.article().url()).isEqualTo("https://shop.example/help/shipping");
        assertThat(parsed.article().updatedAt()).isEqualTo(CHANGED);
        assertThat(parsed.article().body()).isEqualTo("Delivery in Germany costs **€4.95**.");
        assertThat(parsed.passages()).containsExactly(new Passage("", "Delivery in Germany costs €4.95."));
    }

    @Test
    void withoutFrontMatterTheFirstHeadingIsTheTitle() throws Exception {
        ParsedArticle parsed = parser.parse("returns", """
                # Returns

                Send it back within 30 days.
                """, CHANGED);

        assertThat(parsed.article().title()).isEqualTo("Returns");
        assertThat(parsed.article().tags()).isEmpty();
        assertThat(parsed.article().url()).isNull();
        assertThat(parsed.passages()).extracting(Passage::text).containsExactly("Send it back within 30 days.");
    }

    @Test
    void sectionsArePassagesWithTheirHeading() throws Exception {
        ParsedArticle parsed = parser.parse("a", """
                # Refunds

                We refund within 5 days.

                ## By card

                Three to five working days.

                ## By PayPal

                Within 24 hours.
                """, CHANGED);

        assertThat(parsed.passages()).containsExactly(
                new Passage("", "We refund within 5 days."),
                new Passage("By card", "Three to five working days."),
                new Passage("By PayPal", "Within 24 hours."));
    }

    @Test
    void markdownSyntaxIsStripped() throws Exception {
        ParsedArticle parsed = parser.parse("a", """
                # Paying

                Pay with *PayPal* or [a card](https://cards.example) using `code`.<!-- internal note -->

                - Visa
                - **Mastercard**

                1. Open the basket
                2. Click pay

                | Country | Cost |
                |---|---|
                | Germany | €4.95 |
                """, CHANGED);

        assertThat(parsed.passages()).extracting(Passage::text).containsExactly("""
                Pay with PayPal or a card using code.
                - Visa
                - Mastercard
                1. Open the basket
                2. Click pay
                Country  Cost
                Germany  €4.95""");
    }

    @Test
    void longSectionsAreCutBetweenBlocks() throws Exception {
        String paragraph = "word ".repeat(30).strip();
        ParsedArticle parsed = new ArticleParser(200).parse("a", "# T\n\n" + paragraph + "\n\n" + paragraph + "\n\n"
                + paragraph + "\n", CHANGED);

        assertThat(parsed.passages()).hasSize(3).allSatisfy(passage -> assertThat(passage.text()).isEqualTo(paragraph));
    }

    @Test
    void anArticleWithoutTitleIsRejectedWithWhatToDo() {
        assertThatThrownBy(() -> parser.parse("a", "Just some text.\n", CHANGED))
                .isInstanceOf(ArticleFormatException.class).hasMessageContaining("has no title")
                .hasMessageContaining("# Title");
    }

    @Test
    void anUnclosedFrontMatterIsRejected() {
        assertThatThrownBy(() -> parser.parse("a", "---\ntitle: Hi\n\nText\n", CHANGED))
                .isInstanceOf(ArticleFormatException.class).hasMessageContaining("does not close it");
    }

    @Test
    void anArticleWithOnlyATitleIsRejected() {
        assertThatThrownBy(() -> parser.parse("a", "# Title only\n", CHANGED))
                .isInstanceOf(ArticleFormatException.class).hasMessageContaining("no text");
    }

    @Test
    void anInvalidUrlIsRejected() {
        assertThatThrownBy(() -> parser.parse("a", "---\ntitle: T\nurl: http://bad url\n---\nText\n", CHANGED))
                .isInstanceOf(ArticleFormatException.class).hasMessageContaining("not a valid URL");
    }
}
