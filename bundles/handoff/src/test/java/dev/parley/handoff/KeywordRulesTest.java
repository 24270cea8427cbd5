package dev.parley.handoff;

import static dev.parley.handoff.Requests.request;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.api.Priority;
import dev.parley.api.handoff.Handoff;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Keyword rules match words and phrases of the customer's text as whole words, ignoring case. */
class KeywordRulesTest {

    private final ConfiguredHandoffRouter router = new ConfiguredHandoffRouter(Configs.with("keywordRules",
            "lawyer|legal action|fraud*=billing:urgent, größe=sales"));

    @ParameterizedTest
    @ValueSource(strings = {"I will call my lawyer", "LAWYER!", "Lawyer, now.", "we take LEGAL   ACTION today",
        "legal\naction", "this is fraud", "Fraudulent charge on my card", "(fraud)"})
    void matchingTextIsRoutedWithTheRule(String text) {
        Handoff handoff = router.route(request().intent("track_order").text(text).build());

        assertThat(handoff.queue()).isEqualTo("billing");
        assertThat(handoff.priority()).isEqualTo(Priority.URGENT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"my lawyers", "notalawyer", "legal", "action", "legally acting", "defraud", ""})
    void otherWordsDoNotMatch(String text) {
        Handoff handoff = router.route(request().text(text).build());

        assertThat(handoff.queue()).isEqualTo("general");
        assertThat(handoff.priority()).isEqualTo(Priority.NORMAL);
    }

    @Test
    void lettersBeyondAsciiAreWordsToo() {
        assertThat(router.route(request().text("Haben Sie die GRÖßE 40?").build()).queue()).isEqualTo("sales");
        assertThat(router.route(request().text("übergröße").build()).queue()).isEqualTo("general");
    }

    @Test
    void withoutTextNoKeywordRuleMatches() {
        assertThat(router.route(request().text(null).intent("refund_request").build()).priority())
                .isEqualTo(Priority.NORMAL);
    }

    @Test
    void theReasonNamesTheRuleButNeverQuotesTheCustomer() {
        String text = "Ada Lovelace, ada@example.com, card 4111 1111 1111 1111: this is fraud";

        Handoff handoff = router.route(request().text(text).build());

        assertThat(handoff.reason()).contains("keyword rule 'lawyer|legal action|fraud*=billing:urgent'")
                .doesNotContain("Ada").doesNotContain("example.com").doesNotContain("4111");
    }

    @Test
    void aVeryLongMessageIsScannedWithoutTrouble() {
        String text = "word ".repeat(200_000) + "fraud";

        assertThat(router.route(request().text(text).build()).queue()).isEqualTo("billing");
    }
}
