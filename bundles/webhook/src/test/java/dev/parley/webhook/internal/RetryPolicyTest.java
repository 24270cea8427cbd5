package dev.parley.webhook.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    private static final Instant CREATED = Instant.parse("2026-12-01T10:00:00Z");
    private final RetryPolicy policy = new RetryPolicy(5, Duration.ofHours(1), Duration.ofSeconds(1),
            Duration.ofSeconds(30));

    @Test
    void backOffDoublesUpToTheMaximum() {
        assertThat(policy.backOff(1)).isEqualTo(Duration.ofSeconds(1));
        assertThat(policy.backOff(2)).isEqualTo(Duration.ofSeconds(2));
        assertThat(policy.backOff(5)).isEqualTo(Duration.ofSeconds(16));
        assertThat(policy.backOff(6)).isEqualTo(Duration.ofSeconds(30));
        assertThat(policy.backOff(1000)).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void jitterKeepsTheWaitBetweenHalfAndAllOfTheBackOff() {
        Instant now = CREATED.plusSeconds(10);

        assertThat(policy.nextAttempt(3, CREATED, null, now, 0.0)).contains(now.plusSeconds(2));
        assertThat(policy.nextAttempt(3, CREATED, null, now, 0.999)).hasValueSatisfying(
                next -> assertThat(next).isBetween(now.plusMillis(3990), now.plusSeconds(4)));
    }

    @Test
    void retryAfterIsHonouredExactly() {
        Instant now = CREATED.plusSeconds(10);

        assertThat(policy.nextAttempt(1, CREATED, Duration.ofSeconds(120), now, 0.5)).contains(now.plusSeconds(120));
    }

    @Test
    void itGivesUpAfterTheAttemptsOrTheAge() {
        assertThat(policy.nextAttempt(5, CREATED, null, CREATED.plusSeconds(10), 0.5)).isEmpty();
        assertThat(policy.nextAttempt(2, CREATED, Duration.ofMinutes(10), CREATED.plus(Duration.ofMinutes(55)), 0.5))
                .as("past the maximum age").isEmpty();
    }
}
