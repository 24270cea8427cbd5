package dev.parley.handoff;

import static dev.parley.handoff.BusinessCalendarTest.berlin;
import static dev.parley.handoff.Requests.request;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.api.Priority;
import dev.parley.api.handoff.Handoff;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The examples of bundles/handoff/README.md do what the README says. */
class ReadmeExampleTest {

    @Test
    void aReturnsDeskKeyAccountsAndAClosedWeekBetweenTheYears() {
        RoutingPolicyReader.Result result = Configs.read(Configs.with(Map.of(
                "queues", "general, billing, shipping, accounts, returns, key accounts",
                "intentRules", "return_item=returns, wrong_item=returns, damaged_item=returns:high,"
                        + " refund_request=billing, track_order=shipping, order_status=shipping",
                "tierRules", "vip=key accounts:high",
                "ruleOrder", "trigger, keyword, intent, tier, sentiment",
                "holidays", "12-24, 12-25, 12-26, 01-01, 2026-12-28..2026-12-31")));
        RoutingPolicy policy = result.policy();

        assertThat(result.problems()).isEmpty();
        assertThat(policy.route(request().intent("return_item").tier("vip").build()))
                .extracting(Handoff::queue, Handoff::priority).containsExactly("returns", Priority.HIGH);
        assertThat(policy.route(request().intent("greeting").tier("VIP").build()).queue()).isEqualTo("key accounts");
        // Wednesday 23 December 2026, 16:30: back on Saturday 2 January 2027
        assertThat(policy.route(request().intent("damaged_item").at(berlin("2026-12-23T16:30")).build())
                .expectedResponseBy()).isEqualTo(berlin("2027-01-02T13:30"));
    }

    @Test
    void aServiceStaffedAroundTheClock() {
        RoutingPolicy policy = Configs.read(Configs.with("openingHours", "",
                "responseTargets", "urgent=15m, high=1h, normal=4h, low=12h")).policy();
        Handoff handoff = policy.route(request().at(berlin("2026-11-29T03:00")).build());

        assertThat(handoff.withinBusinessHours()).isTrue();
        assertThat(Duration.between(berlin("2026-11-29T03:00"), handoff.expectedResponseBy())).isEqualTo(Duration.ofHours(4));
    }
}
