package dev.parley.helpdesk;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MessageIdsTest {

    @Test
    void sameMessageSameKeyOtherMessageOtherKey() {
        String key = MessageIds.derived("7", "2025-02-03T19:59:00Z", "Where is my order?");

        assertThat(key).matches("ticket-7-[0-9a-f]{16}");
        assertThat(MessageIds.derived("7", "2025-02-03T19:59:00Z", "Where is my order?")).isEqualTo(key);
        assertThat(MessageIds.derived("7", "2025-02-03T19:59:00Z", "Thanks!")).isNotEqualTo(key);
        assertThat(MessageIds.derived("8", "2025-02-03T19:59:00Z", "Where is my order?")).isNotEqualTo(key);
        assertThat(MessageIds.derived("7", "ab", "c")).isNotEqualTo(MessageIds.derived("7", "a", "bc"));
    }
}
