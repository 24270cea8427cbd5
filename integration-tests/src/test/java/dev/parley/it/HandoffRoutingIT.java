package dev.parley.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import dev.parley.it.harness.Await;
import dev.parley.it.harness.ParleyContainer;
import dev.parley.it.harness.TestBundles;

/**
 * The HandoffRouter of the distribution routes with the shipped etc/dev.parley.handoff.cfg, and an
 * edited file changes routing in the running container.
 */
class HandoffRoutingIT {

    @RegisterExtension
    static final ParleyContainer parley = new ParleyContainer();

    private static final String FILE = "dev.parley.handoff.cfg";
    /** Friday 27 November 2026, 16:30 in Berlin. */
    private static final String FRIDAY_AFTERNOON = "2026-11-27T15:30:00Z";

    private static String shipped;

    @BeforeAll
    static void deployClient(@TempDir Path work) throws Exception {
        shipped = Files.readString(parley.home().resolve("etc").resolve(FILE));
        parley.deploy(TestBundles.handoffServlet(work), "handoff-client.jar");
        Await.until("the handoff router answers", () -> parley.get(handoff("intent=greeting")).statusCode() == 200);
    }

    @AfterEach
    void restoreShippedConfiguration() {
        parley.writeConfiguration(FILE, shipped);
        Await.until("the shipped rules apply again", HandoffRoutingIT::shippedRulesApply);
    }

    @Test
    void theShippedConfigurationRoutesByIntentKeywordTierAndBusinessHours() {
        assertThat(parley.get(handoff("intent=refund_request&at=" + FRIDAY_AFTERNOON)).body())
                .startsWith("queue=billing;priority=NORMAL;within=true;by=2026-11-30T11:30:00Z;");
        assertThat(parley.get(handoff("intent=discount_code")).body()).startsWith("queue=sales;");
        assertThat(parley.get(handoff("intent=product_recommendation")).body()).startsWith("queue=sales;");
        assertThat(parley.get(handoff("intent=track_order&text=" + encode("I'll file a CHARGEBACK") + "&at="
                + FRIDAY_AFTERNOON)).body())
                .startsWith("queue=billing;priority=URGENT;within=true;by=2026-11-28T09:30:00Z;reason=Customer asked"
                        + " for a person; intent track_order; queue billing by keyword rule 'fraud*|");
        assertThat(parley.get(handoff("intent=track_order&tier=vip&score=-0.8&emotion=ANGER")).body())
                .startsWith("queue=shipping;priority=URGENT;");
        assertThat(parley.get(handoff("intent=greeting&at=2026-11-29T12:00:00Z")).body())
                .startsWith("queue=general;priority=NORMAL;within=false;by=2026-11-30T16:00:00Z;");
        assertThat(parley.logLines(Pattern.compile("Handoff routing configured"))).first().asString()
                .as("the shipped file has no problem").doesNotContain("problems").contains("31 rules");
        assertThat(parley.healthMessages("Configuration files")).noneMatch(m -> m.contains(FILE));
    }

    @Test
    void anEditedFileChangesRoutingLive() {
        parley.writeConfiguration(FILE, """
                queues = general, billing, returns
                intentRules = return_item=returns:high, refund_request=billing
                keywordRules =
                openingHours =
                """);

        Await.until("returns go to their new queue", () -> parley.get(handoff("intent=return_item")).body()
                .startsWith("queue=returns;priority=HIGH;"));
        assertThat(parley.get(handoff("intent=track_order&at=2026-11-29T12:00:00Z")).body())
                .as("intents without a rule go to the default queue; open around the clock")
                .startsWith("queue=general;priority=NORMAL;within=true;by=2026-11-29T20:00:00Z;");
        assertThat(parley.healthMessages("Configuration files")).noneMatch(m -> m.contains(FILE));
    }

    @Test
    void aRuleNamingAnUnknownQueueFallsBackAndIsLoggedOnce() {
        parley.writeConfiguration(FILE, shipped + "\nintentRules = refund_request=legal:high, cancel_order=shipping\n");

        Await.until("refunds follow the edited rule", () -> parley.get(handoff("intent=refund_request")).body()
                .startsWith("queue=general;priority=HIGH;"));
        assertThat(parley.get(handoff("intent=track_order")).body()).startsWith("queue=general;");
        String lawyer = "My lawyer Ada Lovelace wants the refund";
        assertThat(parley.get(handoff("intent=refund_request&text=" + encode(lawyer))).body())
                .startsWith("queue=general;priority=URGENT;");
        assertThat(parley.logLines(Pattern.compile("WARN .*dev\\.parley\\.handoff: intentRules entry"
                + " 'refund_request=legal:high' names queue 'legal', which is not one of the queues"))).hasSize(1);
        assertThat(parley.log()).doesNotContain("Ada Lovelace");
    }

    @Test
    void anInvalidEntryIsLoggedAndTheRestStillApplies() {
        parley.writeConfiguration(FILE, shipped + "\ntierRules = vip=:asap, gold=:urgent\n");

        Await.until("the valid tier rule applies", () -> parley.get(handoff("tier=gold")).body()
                .startsWith("queue=general;priority=URGENT;"));
        assertThat(parley.get(handoff("tier=vip")).body()).startsWith("queue=general;priority=NORMAL;");
        assertThat(parley.logLines(Pattern.compile("WARN .*dev\\.parley\\.handoff: tierRules entry 'vip=:asap' has"
                + " priority 'asap', which is not one of low, normal, high, urgent; skipped"))).hasSize(1);
    }

    /** What only the shipped configuration answers, so that no test starts with another one's rules. */
    private static boolean shippedRulesApply() {
        return parley.get(handoff("intent=track_order")).body().startsWith("queue=shipping;priority=NORMAL;")
                && parley.get(handoff("intent=refund_request&tier=vip")).body().startsWith("queue=billing;priority=HIGH;")
                && parley.get(handoff("at=2026-11-29T12:00:00Z")).body().contains(";within=false;");
    }

    private static String handoff(String query) {
        return "/it/handoff?" + query;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
