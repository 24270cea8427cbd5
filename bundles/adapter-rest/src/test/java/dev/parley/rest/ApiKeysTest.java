package dev.parley.rest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ApiKeysTest {

    @Test
    void aGeneratedKeyIsAcceptedThroughItsHashOnly() {
        String key = ApiKeys.generate();
        String hash = ApiKeys.hash(key);

        ApiKeys keys = ApiKeys.of(new String[] { hash }, null);

        assertThat(hash).matches("sha256:[0-9a-f]{64}").doesNotContain(key);
        assertThat(keys.accepts(key)).isTrue();
        assertThat(keys.accepts(key + "x")).isFalse();
        assertThat(keys.accepts(hash)).isFalse();
    }

    @Test
    void missingOrOversizedKeysAreRefused() {
        ApiKeys keys = ApiKeys.of(new String[] { ApiKeys.hash("secret") }, null);

        assertThat(keys.accepts(null)).isFalse();
        assertThat(keys.accepts("")).isFalse();
        assertThat(keys.accepts("s".repeat(10_000))).isFalse();
    }

    @Test
    void generatedKeysAreLongAndDistinct() {
        String first = ApiKeys.generate();
        String second = ApiKeys.generate();

        assertThat(first).startsWith("prl_").hasSizeGreaterThanOrEqualTo(4 + 43).isNotEqualTo(second);
    }

    @Test
    void severalHashesMayShareOneEntrySeparatedByCommas() {
        ApiKeys keys = ApiKeys.of(new String[] { ApiKeys.hash("one") + ", " + ApiKeys.hash("two") }, null);

        assertThat(keys.size()).isEqualTo(2);
        assertThat(keys.accepts("one")).isTrue();
        assertThat(keys.accepts("two")).isTrue();
    }

    @Test
    void theEnvironmentKeyIsAcceptedWithoutBeingConfigured() {
        ApiKeys keys = ApiKeys.of(new String[] { "" }, "from-the-environment");

        assertThat(keys.accepts("from-the-environment")).isTrue();
        assertThat(keys.size()).isEqualTo(1);
    }

    @Test
    void keysPastedInPlainTextAreNotAcceptedButCounted() {
        ApiKeys keys = ApiKeys.of(new String[] { "my-plain-key", "sha256:abc" }, null);

        assertThat(keys.isEmpty()).isTrue();
        assertThat(keys.rejectedCount()).isEqualTo(2);
        assertThat(keys.accepts("my-plain-key")).isFalse();
    }

    @Test
    void noConfigurationAcceptsNothing() {
        ApiKeys keys = ApiKeys.of(null, " ");

        assertThat(keys.isEmpty()).isTrue();
        assertThat(keys.accepts("anything")).isFalse();
    }
}
