package dev.parley.nlp.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextNormalizerTest {

    @Test
    void removesControlCharactersAndCollapsesWhitespace() {
        assertThat(TextNormalizer.clean("  hello\u0000\u0007  \t world \r\n")).isEqualTo("hello world");
    }

    @Test
    void foldsCompatibilityCharacters() {
        assertThat(TextNormalizer.clean("\uFF28\uFF45\uFF4C\uFF4C\uFF4F")).isEqualTo("Hello");
    }

    @Test
    void keepsOtherScriptsAndEmoji() {
        assertThat(TextNormalizer.clean("订单 في الطريق 😀")).isEqualTo("订单 في الطريق 😀");
    }

    @Test
    void capsHugeInputAndHandlesNull() {
        assertThat(TextNormalizer.clean("x".repeat(100_000))).hasSize(TextNormalizer.MAX_CHARS);
        assertThat(TextNormalizer.clean(null)).isEmpty();
    }
}
