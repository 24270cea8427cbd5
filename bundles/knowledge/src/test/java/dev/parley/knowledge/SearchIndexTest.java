package dev.parley.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.api.knowledge.KnowledgeHit;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SearchIndexTest {

    private static final ArticleParser PARSER = new ArticleParser();

    private static ParsedArticle article(String id, String markdown) {
        try {
            return PARSER.parse(id, markdown, Instant.EPOCH);
        } catch (ArticleFormatException e) {
            throw new AssertionError(e);
        }
    }

    private static final List<ParsedArticle> ARTICLES = List.of(
            article("returns", """
                    # Returns
                    You can send items back within 30 days of delivery.
                    ## Return label
                    Print the prepaid label from your account and hand the parcel to the carrier.
                    """),
            article("refunds", """
                    # Refunds
                    We pay you back within 5 working days after your return arrives.
                    """),
            article("shipping", """
                    # Shipping costs
                    Delivery costs 4.95 in Germany and is free from 50. Express delivery costs 9.95.
                    """),
            article("hours", """
                    # Opening hours
                    Customer service answers Monday to Friday 9:00 to 17:00.
                    """));

    private static SearchIndex index(double titleBoost) {
        return SearchIndex.of(ARTICLES, TextAnalyzer.english(), titleBoost);
    }

    @Test
    void theArticleThatMatchesBestComesFirstWithItsBestPassage() {
        List<KnowledgeHit> hits = index(2).search("where do I get a return label?", 3, 0);

        assertThat(hits).first().satisfies(hit -> {
            assertThat(hit.articleId()).isEqualTo("returns");
            assertThat(hit.title()).isEqualTo("Returns");
            assertThat(hit.passage()).startsWith("Print the prepaid label");
        });
        assertThat(hits).extracting(KnowledgeHit::score).isSortedAccordingTo((a, b) -> Double.compare(b, a));
    }

    @Test
    void scoresAreNormalizedBetweenZeroAndOne() {
        List<KnowledgeHit> hits = index(2).search("shipping costs express delivery", 4, 0);

        assertThat(hits).isNotEmpty().allSatisfy(hit -> assertThat(hit.score()).isBetween(0.0, 1.0));
        assertThat(hits.get(0).articleId()).isEqualTo("shipping");
        assertThat(hits.get(0).score()).isGreaterThan(0.5);
    }

    @Test
    void aWordInTheTitleCountsMoreWithATitleBoost() {
        String query = "return";
        double boosted = score(index(3).search(query, 4, 0), "returns");
        double plain = score(index(0).search(query, 4, 0), "returns");

        assertThat(boosted).isGreaterThan(plain);
    }

    @Test
    void wordsNoArticleKnowsLowerTheScore() {
        double focused = score(index(2).search("opening hours", 1, 0), "hours");
        double diluted = score(index(2).search("opening hours of the zoo and the aquarium", 1, 0), "hours");

        assertThat(diluted).isLessThan(focused);
    }

    @Test
    void nothingBelowTheMinimumScoreAndNothingForUnknownWords() {
        assertThat(index(2).search("capital of France", 3, 0)).isEmpty();
        assertThat(index(2).search("refunds", 3, 0.99)).isEmpty();
        assertThat(index(2).search("refunds", 3, 0.1)).isNotEmpty();
    }

    @Test
    void theLimitCapsTheHits() {
        assertThat(index(2).search("delivery return refund hours", 2, 0)).hasSize(2);
    }

    @Test
    void synonymsLetOtherWordsFindTheArticle() {
        TextAnalyzer analyzer = TextAnalyzer.english();
        TextAnalyzer folding = analyzer.withSynonyms(
                Synonyms.parse(List.of("refund: reimbursement"), analyzer, new ArrayList<>()));

        assertThat(SearchIndex.of(ARTICLES, analyzer, 2).search("reimbursement", 1, 0)).isEmpty();
        assertThat(SearchIndex.of(ARTICLES, folding, 2).search("reimbursement", 1, 0)).extracting(KnowledgeHit::articleId)
                .containsExactly("refunds");
    }

    @Test
    void anEmptyIndexFindsNothing() {
        assertThat(SearchIndex.of(List.of(), TextAnalyzer.english(), 2).search("refund", 3, 0)).isEmpty();
    }

    private static double score(List<KnowledgeHit> hits, String articleId) {
        return hits.stream().filter(hit -> hit.articleId().equals(articleId)).findFirst().orElseThrow().score();
    }
}
