package dev.parley.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextAnalyzerTest {

    private final TextAnalyzer english = TextAnalyzer.english();

    @Test
    void stopWordsGoAndWordsAreStemmed() {
        assertThat(english.terms("How can I return the shoes I ordered?")).containsExactly("return", "shoe", "order");
        assertThat(english.terms("Refunds, refunded, refunding")).containsExactly("refund", "refund", "refund");
    }

    @Test
    void caseAccentsApostrophesAndPunctuationDoNotMatter() {
        assertThat(english.terms("CAFÉ's café, don't!")).isEqualTo(english.terms("cafe cafe"));
    }

    @Test
    void numbersAndOtherScriptsStayAsTheyAre() {
        assertThat(english.terms("order 100234 within 30 days")).containsExactly("order", "100234", "within", "30", "day");
        assertThat(english.terms("Доставка 配送")).containsExactly("доставка", "配送");
    }

    @Test
    void controlCharactersSeparateWords() {
        assertThat(english.terms("refund\u0000\u0007please\u001Bnow\ttoday")).containsExactly("refund", "today");
    }

    @Test
    void textWithoutWordsHasNoTerms() {
        assertThat(english.terms("")).isEmpty();
        assertThat(english.terms("   ?!... 🙂")).isEmpty();
        assertThat(english.terms("what is it")).isEmpty();
    }

    @Test
    void synonymsFoldOntoTheMainWordInAnyForm() {
        List<Synonyms.Problem> problems = new ArrayList<>();
        Synonyms synonyms = Synonyms.parse(List.of("# comment", "", "refund: money back, reimbursement",
                "gift card: gift voucher"), english, problems);
        TextAnalyzer analyzer = english.withSynonyms(synonyms);

        assertThat(problems).isEmpty();
        assertThat(synonyms.groups()).isEqualTo(2);
        assertThat(analyzer.terms("I want my money back")).containsExactly("refund");
        assertThat(analyzer.terms("reimbursements please")).containsExactly("refund");
        assertThat(analyzer.terms("two gift vouchers")).containsExactly("two", "gift", "card");
        assertThat(analyzer.terms("money for the gift")).containsExactly("money", "gift");
    }

    @Test
    void theLongestSynonymWins() {
        Synonyms synonyms = Synonyms.parse(List.of("discount code: voucher, voucher code"), english, new ArrayList<>());

        assertThat(english.withSynonyms(synonyms).terms("voucher code expired")).containsExactly("discount", "code",
                "expir");
    }

    @Test
    void badSynonymLinesAreReportedAndSkipped() {
        List<Synonyms.Problem> problems = new ArrayList<>();
        Synonyms synonyms = Synonyms.parse(List.of("refund money back", "the: a", "return: send back"), english,
                problems);

        assertThat(synonyms.groups()).isEqualTo(1);
        assertThat(problems).extracting(Synonyms.Problem::line).containsExactly(1, 2);
        assertThat(problems.get(0).message()).contains("has no ':'");
    }
}
