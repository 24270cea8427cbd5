package dev.parley.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.api.knowledge.KnowledgeHit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * How well the demo knowledge base answers questions written for it (demo-questions.tsv), and
 * that it stays silent on questions it has nothing on. The figures are printed; the bars are what
 * the shipped defaults must keep.
 */
class DemoKnowledgeBaseEvaluationTest {

    static final List<String> UNRELATED = List.of(
            "what is the capital of France",
            "asdfgh",
            "qwertz uiop",
            "who won the football world cup in 2014",
            "tell me a joke",
            "what's the weather like in Berlin tomorrow",
            "how do I bake sourdough bread",
            "what is the square root of 144",
            "can you recommend a good movie for tonight",
            "how tall is the Eiffel tower",
            "translate good morning into Spanish",
            "who is the president of the United States",
            "what is love",
            "hello",
            "I like turtles",
            "what is the meaning of life");

    /** How the questions fare at one minimum score. */
    private record Figures(double accuracy, double answered, double precision) {
    }

    @Test
    void ranksTheRightArticleFirst() {
        List<DemoKnowledgeBase.Question> questions = DemoKnowledgeBase.questions();
        double withSynonyms = figures(DemoKnowledgeBase.index(true), 0, false).accuracy();
        double withoutSynonyms = figures(DemoKnowledgeBase.index(false), 0, false).accuracy();

        System.out.printf(Locale.ROOT, "Demo knowledge base, %d questions: top-1 accuracy %.3f (%.3f without"
                + " synonyms.txt)%n", questions.size(), withSynonyms, withoutSynonyms);
        assertThat(questions).hasSizeGreaterThanOrEqualTo(40);
        assertThat(withSynonyms).isGreaterThanOrEqualTo(0.75).isGreaterThan(withoutSynonyms);
    }

    @Test
    void theDefaultMinimumScoreAnswersMostQuestionsAndRarelyWrongly() {
        SearchIndex index = DemoKnowledgeBase.index(true);
        for (double minimum : new double[] {0.1, 0.2, 0.25, Settings.DEFAULT_MINIMUM_SCORE, 0.35, 0.4}) {
            Figures figures = figures(index, minimum, false);
            System.out.printf(Locale.ROOT, "  minimumScore %.2f: answered %.3f, right %.3f, precision %.3f%n", minimum,
                    figures.answered(), figures.accuracy(), figures.precision());
        }
        Figures figures = figures(index, Settings.DEFAULT_MINIMUM_SCORE, true);

        assertThat(figures.accuracy()).isGreaterThanOrEqualTo(0.6);
        assertThat(figures.precision()).isGreaterThanOrEqualTo(0.85);
    }

    @Test
    void unrelatedQuestionsGetNoAnswer() {
        SearchIndex index = DemoKnowledgeBase.index(true);
        List<String> answered = new ArrayList<>();
        double highest = 0;
        for (String question : UNRELATED) {
            List<KnowledgeHit> hits = index.search(question, 3, 0);
            if (!hits.isEmpty()) {
                highest = Math.max(highest, hits.get(0).score());
                if (hits.get(0).score() >= Settings.DEFAULT_MINIMUM_SCORE) {
                    answered.add(question + " -> " + hits.get(0).articleId() + " " + hits.get(0).score());
                }
            }
        }
        System.out.printf(Locale.ROOT, "Demo knowledge base: %d unrelated questions, highest score %.3f%n",
                UNRELATED.size(), highest);
        assertThat(answered).isEmpty();
    }

    private static Figures figures(SearchIndex index, double minimumScore, boolean printMisses) {
        int right = 0;
        int answered = 0;
        List<DemoKnowledgeBase.Question> questions = DemoKnowledgeBase.questions();
        for (DemoKnowledgeBase.Question question : questions) {
            List<KnowledgeHit> hits = index.search(question.text(), 1, minimumScore);
            answered += hits.isEmpty() ? 0 : 1;
            if (!hits.isEmpty() && hits.get(0).articleId().equals(question.article())) {
                right++;
            } else if (printMisses) {
                System.out.printf(Locale.ROOT, "  not answered right: %s (%s) -> %s%n", question.text(),
                        question.article(), hits.isEmpty() ? "nothing" : hits.get(0).articleId());
            }
        }
        int total = questions.size();
        return new Figures((double) right / total, (double) answered / total,
                answered == 0 ? 0 : (double) right / answered);
    }
}
