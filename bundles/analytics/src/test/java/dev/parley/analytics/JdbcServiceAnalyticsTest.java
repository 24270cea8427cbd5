package dev.parley.analytics;

import static dev.parley.analytics.AnalyticsFixture.T;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import dev.parley.api.analytics.AnalyticsSummary;
import dev.parley.api.analytics.AnalyticsSummary.DailySentiment;
import dev.parley.api.analytics.AnalyticsSummary.SlaStatus;
import dev.parley.api.analytics.RatingOutcome;
import dev.parley.store.testing.TestDatabase.Backend;

/**
 * Three hand-made conversations in the period (one handed off to billing, two resolved by the
 * assistant, one customer returning) and one before it, on real H2 and PostgreSQL: every figure
 * of the summary follows from them.
 */
@ParameterizedClass
@EnumSource(Backend.class)
class JdbcServiceAnalyticsTest {

    private static final Instant FROM = T.minus(Duration.ofHours(1));
    private static final Instant TO = T.plus(Duration.ofDays(3));
    /** Resolution target 100 s: the two resolved conversations average 120 s, a breach. */
    private static final Targets TARGETS = Targets.of(AnalyticsFixture.config(30, 100, 4.0));

    private final Backend backend;
    @TempDir
    Path folder;
    private AnalyticsFixture fixture;
    private JdbcServiceAnalytics analytics;

    JdbcServiceAnalyticsTest(Backend backend) {
        this.backend = backend;
    }

    @BeforeEach
    void conversations() throws SQLException {
        fixture = new AnalyticsFixture(backend, folder);
        analytics = fixture.analytics(TARGETS, T.plus(Duration.ofDays(2)));
        try (StoreRows rows = new StoreRows(fixture.pool.dataSource())) {
            // alice: answered in 2 s, resolved after 60 s
            rows.conversation("c1", "alice", T, "RESOLVED", T.plusSeconds(60))
                    .message("c1", 1, "CUSTOMER", T).message("c1", 2, "ASSISTANT", T.plusSeconds(2))
                    .decision("c1", 1, "order_status", 0.5, "positive", null, null, null, T.plusSeconds(1));
            // bob: answered in 4 s, upset, handed to billing with a ticket; an agent took over
            Instant bob = T.plus(Duration.ofHours(1));
            rows.conversation("c2", "bob", bob, "HUMAN", bob.plusSeconds(600))
                    .message("c2", 1, "CUSTOMER", bob).message("c2", 2, "ASSISTANT", bob.plusSeconds(4))
                    .message("c2", 3, "AGENT", bob.plusSeconds(600))
                    .decision("c2", 1, "refund", -0.8, "negative", "billing", "NEGATIVE_SENTIMENT", "T-1",
                            bob.plusSeconds(1));
            // alice again the next day: answered in 6 s, resolved after 180 s
            Instant again = T.plus(Duration.ofDays(1));
            rows.conversation("c3", "alice", again, "RESOLVED", again.plusSeconds(180))
                    .message("c3", 1, "CUSTOMER", again).message("c3", 2, "ASSISTANT", again.plusSeconds(6))
                    .decision("c3", 1, "order_status", 0.0, "neutral", null, null, null, again.plusSeconds(1));
            // carol, before the period: counts nowhere
            Instant before = T.minus(Duration.ofDays(10));
            rows.conversation("c0", "carol", before, "HUMAN", before.plusSeconds(9))
                    .message("c0", 1, "CUSTOMER", before).message("c0", 2, "AGENT", before.plusSeconds(500))
                    .decision("c0", 1, "complaint", -1.0, "negative", "support", "CUSTOMER_REQUEST", null,
                            before.plusSeconds(1));
        }
    }

    @AfterEach
    void close() throws Exception {
        fixture.close();
    }

    @Test
    void figuresFollowFromTheConversations() {
        assertThat(analytics.rate("c1", 5, "quick")).isEqualTo(RatingOutcome.RECORDED);
        assertThat(analytics.rate("c2", 2, null)).isEqualTo(RatingOutcome.RECORDED);

        AnalyticsSummary summary = analytics.summary(FROM, TO);

        assertThat(summary.conversations()).isEqualTo(3);
        assertThat(summary.contained()).isEqualTo(2);
        assertThat(summary.containmentRate()).isCloseTo(2.0 / 3, within(1e-9));
        assertThat(summary.handoffs()).isEqualTo(1);
        assertThat(summary.handoffRate()).isCloseTo(1.0 / 3, within(1e-9));
        assertThat(summary.handoffsByReason()).containsExactly(Map.entry("NEGATIVE_SENTIMENT", 1L));
        assertThat(summary.handoffsByQueue()).containsExactly(Map.entry("billing", 1L));
        assertThat(summary.ticketsOpened()).isEqualTo(1);
        assertThat(summary.intentVolume()).containsExactly(Map.entry("order_status", 2L), Map.entry("refund", 1L));

        assertThat(summary.firstResponse().count()).isEqualTo(3);
        assertThat(summary.firstResponse().averageSeconds()).isCloseTo(4.0, within(1e-6));
        assertThat(summary.firstResponse().maxSeconds()).isCloseTo(6.0, within(1e-6));
        assertThat(summary.resolution().count()).isEqualTo(2);
        assertThat(summary.resolution().averageSeconds()).isCloseTo(120.0, within(1e-6));
        assertThat(summary.resolution().maxSeconds()).isCloseTo(180.0, within(1e-6));

        assertThat(summary.sentimentTrend()).hasSize(2);
        DailySentiment monday = summary.sentimentTrend().get(0);
        assertThat(monday.day()).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(monday.messages()).isEqualTo(2);
        assertThat(monday.averageScore()).isCloseTo(-0.15, within(1e-9));
        assertThat(monday.negative()).isEqualTo(1);
        assertThat(summary.sentimentTrend().get(1).day()).isEqualTo(LocalDate.of(2026, 3, 3));

        assertThat(summary.csat().ratings()).isEqualTo(2);
        assertThat(summary.csat().average()).isCloseTo(3.5, within(1e-9));
        assertThat(summary.csat().satisfiedRate()).isCloseTo(0.5, within(1e-9));

        assertThat(summary.returningCustomers().customers()).isEqualTo(2);
        assertThat(summary.returningCustomers().returning()).isEqualTo(1);

        // 3 automated contacts at 0.5, one person's contact at 6, two contained ones saved 6 each
        assertThat(summary.costs().automationCost()).isCloseTo(1.5, within(1e-9));
        assertThat(summary.costs().humanCost()).isCloseTo(6.0, within(1e-9));
        assertThat(summary.costs().savings()).isCloseTo(10.5, within(1e-9));
        assertThat(summary.costs().roi()).isCloseTo(7.0, within(1e-9));

        assertThat(summary.sla()).extracting(SlaStatus::target, SlaStatus::met).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Targets.FIRST_RESPONSE, true),
                org.assertj.core.groups.Tuple.tuple(Targets.RESOLUTION, false),
                org.assertj.core.groups.Tuple.tuple(Targets.CSAT, false));
    }

    @Test
    void aSecondRatingReplacesTheFirst() {
        analytics.rate("c2", 2, "slow");
        assertThat(analytics.rate("c2", 4, null)).isEqualTo(RatingOutcome.REPLACED);

        AnalyticsSummary summary = analytics.summary(FROM, TO);
        assertThat(summary.csat().ratings()).isEqualTo(1);
        assertThat(summary.csat().average()).isEqualTo(4.0);
    }

    @Test
    void ratingsOfUnknownConversationsAreNotStored() {
        assertThat(analytics.rate("nope", 5, null)).isEqualTo(RatingOutcome.UNKNOWN_CONVERSATION);
        assertThat(analytics.summary(FROM, TO).csat().ratings()).isZero();
    }

    @Test
    void ratingsOutsideOneToFiveAreRefused() {
        assertThatThrownBy(() -> analytics.rate("c1", 6, null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("rating");
        assertThatThrownBy(() -> analytics.rate("c1", 0, null)).isInstanceOf(IllegalArgumentException.class);
        assertThat(analytics.summary(FROM, TO).csat().ratings()).isZero();
    }

    @Test
    void anEmptyPeriodHasNoAveragesRatherThanZeros() {
        AnalyticsSummary summary = analytics.summary(TO, TO.plusSeconds(1));

        assertThat(summary.conversations()).isZero();
        assertThat(summary.containmentRate()).isNull();
        assertThat(summary.firstResponse().averageSeconds()).isNull();
        assertThat(summary.csat().average()).isNull();
        assertThat(summary.costs().roi()).isNull();
        assertThat(summary.sla()).allMatch(SlaStatus::met);
    }

    @Test
    void fromAfterToIsRefused() {
        assertThatThrownBy(() -> analytics.summary(TO, FROM)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("after");
    }
}
