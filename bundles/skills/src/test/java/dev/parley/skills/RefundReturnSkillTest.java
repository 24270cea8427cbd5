package dev.parley.skills;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import dev.parley.api.Priority;
import dev.parley.api.host.HostUnavailableException;
import dev.parley.api.host.Ticket;
import dev.parley.api.host.TicketRequest;
import dev.parley.api.host.TicketService;
import dev.parley.api.nlp.EntityTypes;
import dev.parley.api.skill.SkillOutcome;
import dev.parley.api.skill.SkillResult;
import dev.parley.api.skill.Slots;

class RefundReturnSkillTest {

    private final TicketService tickets = mock(TicketService.class);
    private final Dialogue dialogue = new Dialogue(new RefundReturnSkill(Shop.orders(), tickets, config("returns", "NORMAL")));

    @Test
    void opensATicketForTheCustomersOrderAndSaysWhatHappensNext() {
        when(tickets.create(any())).thenReturn(new Ticket("4521", "Damaged item for order 100234", "returns", "open", Instant.now(), null));

        SkillResult result = dialogue.from(Shop.ADA).say("the mug in 100234 arrived broken", "damaged_item",
                EntityTypes.ORDER_NUMBER, "100234");

        assertThat(result.outcome()).isEqualTo(SkillOutcome.COMPLETED_ACTION);
        assertThat(result.text()).contains("ticket 4521", "order 100234", "within 2 business days");
        assertThat(result.quickReplies()).isNotEmpty();
        assertThat(dialogue.slots()).containsEntry(Slots.TICKET_ID, "4521");

        ArgumentCaptor<TicketRequest> request = ArgumentCaptor.forClass(TicketRequest.class);
        verify(tickets).create(request.capture());
        assertThat(request.getValue().subject()).isEqualTo("Damaged item for order 100234");
        assertThat(request.getValue().queue()).isEqualTo("returns");
        assertThat(request.getValue().priority()).isEqualTo(Priority.NORMAL);
        assertThat(request.getValue().customerId()).isEqualTo("C-1001");
        assertThat(request.getValue().description()).contains("100234", "Engine mug")
                .doesNotContain("ada@example.com", "Analytical Row", "+44");
        assertThat(request.getValue().tags()).contains("damaged_item");
    }

    @Test
    void aSecondRequestInTheConversationRefersToTheTicketAlreadyOpened() {
        when(tickets.create(any())).thenReturn(new Ticket("4521", "Refund", "returns", "open", Instant.now(), null));
        dialogue.from(Shop.ADA).say("refund 100234 please", "refund_request", EntityTypes.ORDER_NUMBER, "100234");

        SkillResult again = dialogue.say("I want my money back for 100234", "refund_request", EntityTypes.ORDER_NUMBER, "100234");

        assertThat(again.outcome()).isEqualTo(SkillOutcome.ANSWERED);
        assertThat(again.text()).contains("already opened ticket 4521");
        verify(tickets, times(1)).create(any());
    }

    @Test
    void asksForTheOrderAndRemembersWhatTheCustomerWanted() {
        when(tickets.create(any())).thenReturn(new Ticket("77", "Wrong item", "returns", "open", Instant.now(), null));

        SkillResult question = dialogue.from(Shop.ADA).say("I got the wrong item", "wrong_item");
        assertThat(question.outcome()).isEqualTo(SkillOutcome.NEEDS_INPUT);
        assertThat(question.text()).startsWith("Which order do you mean?");

        // the answer is classified as something else; the skill still knows it is about a wrong item
        dialogue.say("100235", "order_status", EntityTypes.ORDER_NUMBER, "100235");
        ArgumentCaptor<TicketRequest> request = ArgumentCaptor.forClass(TicketRequest.class);
        verify(tickets).create(request.capture());
        assertThat(request.getValue().subject()).isEqualTo("Wrong item received for order 100235");
    }

    @Test
    void noTicketForSomeoneElsesOrder() {
        SkillResult result = dialogue.from(Shop.ADA).say("refund 200001", "refund_request", EntityTypes.ORDER_NUMBER, "200001");

        assertThat(result.text()).startsWith("I couldn't find order 200001 for your account");
        verify(tickets, never()).create(any());
    }

    @Test
    void anUnreachableHelpdeskFailsTheTurn() {
        when(tickets.create(any())).thenThrow(new HostUnavailableException("helpdesk down"));

        SkillResult result = dialogue.from(Shop.ADA).say("return 100234", "return_item", EntityTypes.ORDER_NUMBER, "100234");

        assertThat(result.outcome()).isEqualTo(SkillOutcome.FAILED);
        assertThat(dialogue.slots()).doesNotContainKey(Slots.TICKET_ID);
    }

    @Test
    void aMisspelledPriorityIsRejectedWithTheAllowedValues() {
        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> new RefundReturnSkill(Shop.orders(), tickets, config("returns", "hihg")))
                .hasMessageContaining("LOW, NORMAL, HIGH, URGENT").hasMessageContaining("hihg");
    }

    static RefundReturnSkill.Config config(String queue, String priority) {
        RefundReturnSkill.Config config = mock(RefundReturnSkill.Config.class);
        when(config.queue()).thenReturn(queue);
        when(config.priority()).thenReturn(priority);
        when(config.responseTime()).thenReturn("within 2 business days");
        return config;
    }
}
