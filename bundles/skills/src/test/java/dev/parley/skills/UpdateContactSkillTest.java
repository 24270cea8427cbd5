package dev.parley.skills;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import org.junit.jupiter.api.Test;

import dev.parley.api.host.Address;
import dev.parley.api.host.ChangeRejectedException;
import dev.parley.api.host.ContactUpdate;
import dev.parley.api.host.CustomerDirectory;
import dev.parley.api.nlp.EntityTypes;
import dev.parley.api.skill.SkillOutcome;
import dev.parley.api.skill.SkillResult;

class UpdateContactSkillTest {

    private final CustomerDirectory customers = mock(CustomerDirectory.class);
    private final Dialogue dialogue = new Dialogue(new UpdateContactSkill(customers));

    @Test
    void changesTheEmailOfAVerifiedCustomerAfterConfirmation() {
        when(customers.updateContact(anyString(), any())).thenReturn(Shop.ADA);
        dialogue.verifiedAs(Shop.ADA);

        SkillResult question = dialogue.say("change my email to ada.l@example.org", "update_email",
                EntityTypes.EMAIL, "ada.l@example.org");
        assertThat(question.outcome()).isEqualTo(SkillOutcome.NEEDS_CONFIRMATION);
        assertThat(question.text()).isEqualTo("Change the e-mail address on your account to ada.l@example.org?");
        verify(customers, never()).updateContact(anyString(), any());

        SkillResult done = dialogue.say("yes", "affirm");
        assertThat(done.outcome()).isEqualTo(SkillOutcome.COMPLETED_ACTION);
        verify(customers).updateContact("C-1001", new ContactUpdate("ada.l@example.org", null, null));
    }

    @Test
    void theNewEmailSurvivesTheIdentityCheck() {
        when(customers.updateContact(anyString(), any())).thenReturn(Shop.ADA);
        SkillResult ask = dialogue.say("please change my email to ada.l@example.org", "update_email",
                EntityTypes.EMAIL, "ada.l@example.org");
        assertThat(ask.outcome()).isEqualTo(SkillOutcome.NEEDS_INPUT);
        assertThat(ask.text()).contains("e-mail address on your account and the number of one of your orders");

        // the assistant verified the anonymous sender from the current e-mail and an order number
        SkillResult question = dialogue.verifiedAs(Shop.ADA).say("ada@example.com, order 100234", "oos",
                EntityTypes.EMAIL, "ada@example.com", EntityTypes.ORDER_NUMBER, "100234");
        assertThat(question.outcome()).isEqualTo(SkillOutcome.NEEDS_CONFIRMATION);
        assertThat(question.text()).contains("to ada.l@example.org?");

        dialogue.say("sure", "affirm");
        verify(customers).updateContact("C-1001", new ContactUpdate("ada.l@example.org", null, null));
    }

    @Test
    void anInvalidEmailIsExplainedAndAskedAgain() {
        SkillResult result = dialogue.verifiedAs(Shop.ADA).say("my new email is ada@@example", "update_email");

        assertThat(result.outcome()).isEqualTo(SkillOutcome.NEEDS_INPUT);
        assertThat(result.text()).startsWith("That doesn't look like a complete e-mail address").endsWith("What is your new e-mail address?");
        verify(customers, never()).updateContact(anyString(), any());
    }

    @Test
    void aPhoneNumberNeedsItsCountryCode() {
        dialogue.verifiedAs(Shop.ADA);

        SkillResult local = dialogue.say("new phone: 020 7946 0123", "update_phone", EntityTypes.PHONE, "02079460123");
        assertThat(local.outcome()).isEqualTo(SkillOutcome.NEEDS_INPUT);
        assertThat(local.text()).contains("country code");

        SkillResult question = dialogue.say("+44 20 7946 0123", "update_phone", EntityTypes.PHONE, "+442079460123");
        assertThat(question.outcome()).isEqualTo(SkillOutcome.NEEDS_CONFIRMATION);
        assertThat(question.text()).contains("phone number on your account to +442079460123");
    }

    @Test
    void changesTheDefaultAddress() {
        when(customers.updateContact(anyString(), any())).thenReturn(Shop.ADA);
        dialogue.verifiedAs(Shop.ADA).say("update my address to 12 Baker Street, London NW1 6XE", "update_address");

        dialogue.say("yes", "affirm");

        verify(customers).updateContact("C-1001",
                new ContactUpdate(null, null, new Address("12 Baker Street", null, "NW1 6XE", "London", null, "GB")));
    }

    @Test
    void failsTheIdentityCheckTwiceAndHandsOff() {
        dialogue.from(Shop.ADA).say("change my phone number", "update_phone");

        SkillResult first = dialogue.say("eve@example.com", "oos", EntityTypes.EMAIL, "eve@example.com");
        assertThat(first.text()).startsWith("That doesn't match our records.");
        SkillResult second = dialogue.say("100999", "oos", EntityTypes.ORDER_NUMBER, "100999");

        assertThat(second.outcome()).isEqualTo(SkillOutcome.HANDOFF);
        assertThat(second.handoffReason()).isEqualTo("identity check failed");
        verify(customers, never()).updateContact(anyString(), any());
    }

    @Test
    void anEmailTheHostRefusesIsExplained() {
        when(customers.updateContact(anyString(), any())).thenThrow(new ChangeRejectedException("e-mail in use"));
        dialogue.verifiedAs(Shop.ADA).say("change my email to bob@example.com", "update_email", EntityTypes.EMAIL, "bob@example.com");

        SkillResult result = dialogue.say("yes", "affirm");

        assertThat(result.outcome()).isEqualTo(SkillOutcome.ANSWERED);
        assertThat(result.text()).contains("didn't accept that e-mail address");
    }
}
