package dev.parley.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import dev.parley.it.harness.Await;
import dev.parley.it.harness.ParleyContainer;
import dev.parley.it.harness.TestBundles;

/** The skills bundle of the distribution registers every skill on the whiteboard once a host is there. */
class SkillsIT {

    @RegisterExtension
    static final ParleyContainer parley = new ParleyContainer();

    @BeforeAll
    static void deployHostAndProbe(@TempDir Path work) throws Exception {
        parley.deploy(TestBundles.skillsProbe(work), "skills-probe.jar");
        Await.until("all eleven skills are registered", () -> skills().size() == 11);
    }

    @Test
    void everySkillIsRegisteredWithItsNameAndIntents() {
        assertThat(skills()).containsExactlyInAnyOrder(
                "order-status;String[];order_status",
                "tracking;String[];track_order",
                "cancel-order;String[];cancel_order",
                "change-shipping-address;String[];change_shipping_address",
                "update-contact;String[];update_email,update_phone,update_address",
                "refund-return;String[];refund_request,return_item,damaged_item,wrong_item",
                "product-availability;String[];product_availability",
                "opening-hours;String[];opening_hours",
                "knowledge-answer;String[];shipping_cost,delivery_time,store_location,discount_code,invoice_request,"
                        + "reset_password,unsubscribe,payment_problem,delivery_problem",
                "small-talk;String[];greeting,thanks,goodbye,affirm,deny",
                "recommendation;String[];product_recommendation");
        assertThat(parley.bundle("dev.parley.skills")).hasValueSatisfying(
                bundle -> assertThat(bundle.get("state").getAsString()).isEqualTo("Active"));
    }

    @Test
    void skillsAnswerInTheContainer() {
        assertThat(run("order-status", "order_status", "where is my order?"))
                .isEqualTo("NEEDS_INPUT;Please tell me your order number and the e-mail address you used for the order.");
        assertThat(run("small-talk", "greeting", "hello")).startsWith("ANSWERED;Hi! How can I help");
        assertThat(run("knowledge-answer", "shipping_cost", "how much is shipping?")).startsWith("FAILED;");
    }

    @Test
    void openingHoursFollowTheirConfigurationFile() {
        parley.writeConfiguration("dev.parley.skills.openinghours.cfg",
                "timeZone=Pacific/Auckland\nweeklyHours=MON-SUN 00:00-23:59\naddress=1 Queen Street, Auckland\n");

        Await.until("the new opening hours apply", () -> run("opening-hours", "opening_hours", "when are you open?")
                .contains("You'll find us at 1 Queen Street, Auckland."));
        assertThat(run("opening-hours", "opening_hours", "when are you open?")).contains("Pacific/Auckland time");
    }

    private static List<String> skills() {
        var response = parley.get("/it/skills");
        return response.statusCode() == 200 ? response.body().lines().toList() : List.of();
    }

    private static String run(String skill, String intent, String text) {
        return parley.get("/it/skills?skill=" + skill + "&intent=" + intent + "&text="
                + URLEncoder.encode(text, StandardCharsets.UTF_8)).body();
    }
}
