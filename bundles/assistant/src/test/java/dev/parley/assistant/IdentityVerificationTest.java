package dev.parley.assistant;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.api.conversation.CustomerRef;
import dev.parley.api.host.Customer;
import dev.parley.api.skill.SkillContext;
import dev.parley.api.skill.SkillResult;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Who the sender is and whether they proved it, as skills see it at every turn. */
class IdentityVerificationTest {

    private final AssistantHarness harness = new AssistantHarness();
    private ScriptedSkill account;

    @BeforeEach
    void setUp() {
        harness.nlp.intent("email", "update_email", 0.9).intent("order", "order_status", 0.9);
        account = harness.skill("update-contact", c -> SkillResult.ask("What is the e-mail on your account?"),
                "update_email", "order_status");
    }

    @Test
    void aHostGivenCustomerIsKnownButNotVerified() {
        harness.asAda().send("change my email please");

        SkillContext context = account.lastCall();
        assertThat(context.customer()).map(Customer::id).contains("C-1001");
        assertThat(context.identityVerified()).isFalse();
        assertThat(harness.conversation().state().verifiedCustomerId()).isNull();
    }

    @Test
    void aHostGivenCustomerIsVerifiedByTheirEmail() {
        harness.asAda().send("change my email please");
        harness.send("it is ADA@example.com");

        assertThat(account.lastCall().identityVerified()).isTrue();
        assertThat(harness.conversation().state().verifiedCustomerId()).isEqualTo("C-1001");
    }

    @Test
    void aHostGivenCustomerIsVerifiedByTheirPhone() {
        harness.asAda().send("my email: call +4930123456");

        assertThat(account.lastCall().identityVerified()).isTrue();
    }

    @Test
    void aHostGivenCustomerIsVerifiedByOneOfTheirOrders() {
        harness.asAda().send("about my order 100234");

        assertThat(account.lastCall().identityVerified()).isTrue();
    }

    @Test
    void someoneElsesOrderOrEmailDoesNotVerify() {
        harness.asAda().send("about my order 200001");
        harness.send("my email is bob@example.com");

        assertThat(account.calls).allSatisfy(c -> assertThat(c.identityVerified()).isFalse());
        assertThat(harness.conversation().state().verifiedCustomerId()).isNull();
    }

    @Test
    void verificationLastsForTheConversation() {
        harness.asAda().send("about my order 100234");
        harness.send("and change my email");

        assertThat(account.lastCall().identityVerified()).isTrue();
    }

    @Test
    void anAnonymousSenderIsNobodyUntilProven() {
        harness.send("change my email please");

        assertThat(account.lastCall().customer()).isEmpty();
        assertThat(account.lastCall().identityVerified()).isFalse();
    }

    @Test
    void anAnonymousSenderIsVerifiedByEmailAndOrderOfTheSameCustomer() {
        harness.send("where is my order 100235");
        assertThat(account.lastCall().customer()).isEmpty();

        harness.send("my email is ada@example.com");

        SkillContext context = account.lastCall();
        assertThat(context.customer()).map(Customer::id).contains("C-1001");
        assertThat(context.identityVerified()).isTrue();
        assertThat(harness.conversation().state().verifiedCustomerId()).isEqualTo("C-1001");
    }

    @Test
    void anAnonymousSenderIsVerifiedByPhoneAndOrder() {
        harness.send("order 100235, my email... phone +4930123456");

        assertThat(account.lastCall().customer()).map(Customer::id).contains("C-1001");
    }

    @Test
    void anAnonymousSenderWithAnotherCustomersOrderIsNotVerified() {
        harness.send("where is my order 200001");
        harness.send("my email is ada@example.com");

        assertThat(account.lastCall().customer()).isEmpty();
        assertThat(account.lastCall().identityVerified()).isFalse();
        assertThat(harness.conversation().state().verifiedCustomerId()).isNull();
    }

    @Test
    void aProvenAnonymousSenderStaysThatCustomer() {
        harness.send("my order 100235 and email ada@example.com");
        harness.send("change my email");

        assertThat(account.lastCall().customer()).map(Customer::id).contains("C-1001");
        assertThat(account.lastCall().identityVerified()).isTrue();
    }

    @Test
    void aFailingCrmLeavesTheSenderUnverifiedWithoutFailingTheTurn() {
        harness.host.customersDown = true;

        harness.as(new CustomerRef("C-1001", null, null, null)).send("my order 100234");

        assertThat(account.lastCall().customer()).isEmpty();
        assertThat(account.lastCall().identityVerified()).isFalse();
    }
}
