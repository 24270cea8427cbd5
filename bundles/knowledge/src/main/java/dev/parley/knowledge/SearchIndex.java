package dev.parley.knowledge;

import dev.parley.api.knowledge.KnowledgeArticle;
import dev.parley.api.knowledge.KnowledgeHit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An immutable BM25F index over the passages of a set of articles. Each passage is searched as
 * two fields, its text (with its section heading) and its article's title, the title weighing
 * {@code titleBoost} times as much. An article scores as its best passage.
 *
 * <p>The score of a hit is a normalized relevance between 0 and 1: the BM25F score divided by the
 * sum of the inverse document frequencies of the question's terms, which a passage approaches
 * when it holds every term of the question many times. A term that no article contains counts
 * in that sum with the highest inverse document frequency times {@link #UNKNOWN_TERM_WEIGHT}: so
 * "what is the capital of France" scores 0, and a question that is mostly about something else
 * scores low even when one of its words appears in an article. Scores are therefore comparable
 * across questions and knowledge bases, and one threshold ({@code minimumScore}) fits them all.
 */
final class SearchIndex {

    /**
     * BM25 term-frequency saturation and length normalization. Passages are short and of similar
     * length, so length counts less than in the usual b = 0.75 (measured on the demo questions:
     * top-1 0.795 against 0.767).
     */
    static final double K1 = 1.2;
    static final double B = 0.3;
    /** How much of a full term a question word counts when no article knows it. */
    static final double UNKNOWN_TERM_WEIGHT = 0.5;
    /** Questions are cut to this many characters and this many distinct terms: bounded time. */
    static final int MAX_QUERY_CHARS = 2000;
    static final int MAX_QUERY_TERMS = 64;

    private record IndexedPassage(int article, Passage passage, int length) {
    }

    /** The passages that hold one term, with how often in the passage text and in the title. */
    private record Postings(int[] passages, int[] textFrequencies, int[] titleFrequencies) {
    }

    private final List<ParsedArticle> articles;
    private final Map<String, ParsedArticle> byId = new HashMap<>();
    private final List<IndexedPassage> passages = new ArrayList<>();
    private final int[] titleLengths;
    private final Map<String, Postings> postings = new HashMap<>();
    private final double averagePassageLength;
    private final double averageTitleLength;
    private final TextAnalyzer analyzer;
    private final double titleBoost;

    private SearchIndex(List<ParsedArticle> articles, TextAnalyzer analyzer, double titleBoost) {
        this.articles = List.copyOf(articles);
        this.analyzer = analyzer;
        this.titleBoost = titleBoost;
        this.titleLengths = new int[articles.size()];
        Map<String, List<int[]>> collected = new HashMap<>();
        long passageTerms = 0;
        long titleTerms = 0;
        for (int a = 0; a < articles.size(); a++) {
            ParsedArticle parsed = articles.get(a);
            byId.put(parsed.article().id(), parsed);
            List<String> title = analyzer.terms(parsed.article().title());
            titleLengths[a] = title.size();
            Map<String, Integer> titleCounts = counts(title);
            for (Passage passage : parsed.passages()) {
                List<String> text = analyzer.terms(passage.heading() + "\n" + passage.text());
                int index = passages.size();
                passages.add(new IndexedPassage(a, passage, text.size()));
                passageTerms += text.size();
                titleTerms += title.size();
                Map<String, Integer> textCounts = counts(text);
                Set<String> terms = new LinkedHashSet<>(textCounts.keySet());
                terms.addAll(titleCounts.keySet());
                for (String term : terms) {
                    collected.computeIfAbsent(term, t -> new ArrayList<>()).add(new int[] {
                            index, textCounts.getOrDefault(term, 0), titleCounts.getOrDefault(term, 0)});
                }
            }
        }
        collected.forEach((term, list) -> postings.put(term, postings(list)));
        this.averagePassageLength = average(passageTerms, passages.size());
        this.averageTitleLength = average(titleTerms, passages.size());
    }

    static SearchIndex of(List<ParsedArticle> articles, TextAnalyzer analyzer, double titleBoost) {
        return new SearchIndex(articles, analyzer, titleBoost);
    }

    int articleCount() {
        return articles.size();
    }

    int passageCount() {
        return passages.size();
    }

    Optional<KnowledgeArticle> article(String id) {
        return Optional.ofNullable(byId.get(id)).map(ParsedArticle::article);
    }

    /** The best passage of each matching article, best article first, none below the minimum score. */
    List<KnowledgeHit> search(String query, int limit, double minimumScore) {
        String bounded = query.length() > MAX_QUERY_CHARS ? query.substring(0, MAX_QUERY_CHARS) : query;
        List<String> terms = analyzer.terms(bounded).stream().distinct().limit(MAX_QUERY_TERMS).toList();
        if (terms.isEmpty() || passages.isEmpty()) {
            return List.of();
        }
        double[] scores = new double[passages.size()];
        double bestPossible = 0;
        for (String term : terms) {
            Postings list = postings.get(term);
            if (list == null) {
                bestPossible += UNKNOWN_TERM_WEIGHT * idf(0);
                continue;
            }
            double idf = idf(list.passages().length);
            bestPossible += idf;
            for (int i = 0; i < list.passages().length; i++) {
                int p = list.passages()[i];
                IndexedPassage passage = passages.get(p);
                double frequency = list.textFrequencies()[i] / lengthNorm(passage.length(), averagePassageLength)
                        + titleBoost * list.titleFrequencies()[i]
                                / lengthNorm(titleLengths[passage.article()], averageTitleLength);
                scores[p] += idf * frequency / (K1 + frequency);
            }
        }
        return best(scores, bestPossible, limit, minimumScore);
    }

    private List<KnowledgeHit> best(double[] scores, double bestPossible, int limit, double minimumScore) {
        double[] articleScores = new double[articles.size()];
        int[] bestPassage = new int[articles.size()];
        for (int p = 0; p < scores.length; p++) {
            int a = passages.get(p).article();
            if (scores[p] > articleScores[a]) {
                articleScores[a] = scores[p];
                bestPassage[a] = p;
            }
        }
        List<KnowledgeHit> hits = new ArrayList<>();
        for (int a = 0; a < articles.size(); a++) {
            double relevance = Math.min(1.0, articleScores[a] / bestPossible);
            if (articleScores[a] > 0 && relevance >= minimumScore) {
                KnowledgeArticle article = articles.get(a).article();
                hits.add(new KnowledgeHit(article.id(), article.title(), passages.get(bestPassage[a]).passage().text(),
                        relevance, article.url()));
            }
        }
        hits.sort(Comparator.comparingDouble(KnowledgeHit::score).reversed().thenComparing(KnowledgeHit::articleId));
        return List.copyOf(hits.subList(0, Math.min(limit, hits.size())));
    }

    private double idf(int documentFrequency) {
        int n = passages.size();
        return Math.log(1 + (n - documentFrequency + 0.5) / (documentFrequency + 0.5));
    }

    private static double lengthNorm(int length, double average) {
        return 1 - B + B * length / average;
    }

    private static double average(long total, int count) {
        return count == 0 ? 1 : Math.max(1.0, (double) total / count);
    }

    private static Postings postings(List<int[]> list) {
        int[] ids = new int[list.size()];
        int[] text = new int[list.size()];
        int[] title = new int[list.size()];
        for (int i = 0; i < list.size(); i++) {
            ids[i] = list.get(i)[0];
            text[i] = list.get(i)[1];
            title[i] = list.get(i)[2];
        }
        return new Postings(ids, text, title);
    }

    private static Map<String, Integer> counts(List<String> terms) {
        Map<String, Integer> counts = new HashMap<>();
        terms.forEach(term -> counts.merge(term, 1, Integer::sum));
        return counts;
    }
}
