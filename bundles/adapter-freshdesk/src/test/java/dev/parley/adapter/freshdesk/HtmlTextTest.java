package dev.parley.adapter.freshdesk;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTextTest {

    @Test
    void blocksAndBreaksBecomeLinesEntitiesAreDecodedScriptsDropped() {
        String html = "<div>Hello&nbsp;there,</div><div>my order <b>100234</b><br>has not arrived &amp; I'm"
                + " upset.</div><p></p><p>Ada</p><script>alert(1)</script><style>p{}</style>";

        assertThat(HtmlText.toText(html)).isEqualTo("Hello there,\nmy order 100234\nhas not arrived & I'm upset.\nAda");
    }

    @Test
    void brokenMarkupStillGivesItsText() {
        assertThat(HtmlText.toText("<div>Test ticket description ☃.</div>")).isEqualTo("Test ticket description ☃.");
        assertThat(HtmlText.toText("<p>unclosed <i>italic")).isEqualTo("unclosed italic");
        assertThat(HtmlText.toText("plain text")).isEqualTo("plain text");
        assertThat(HtmlText.toText(null)).isEmpty();
    }

    @Test
    void repliesAreEscapedHtmlWithTheirLineBreaks() {
        assertThat(HtmlText.toHtml("Refund <€20> & more\nBest, Parley"))
                .isEqualTo("Refund &lt;€20&gt; &amp; more<br>Best, Parley");
    }
}
