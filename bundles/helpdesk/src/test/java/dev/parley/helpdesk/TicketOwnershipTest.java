package dev.parley.helpdesk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import dev.parley.api.store.Conversation;
import dev.parley.api.store.ConversationState;
import dev.parley.api.store.ConversationStore;
import dev.parley.api.store.Owner;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TicketOwnershipTest {

    private final ConversationStore store = mock(ConversationStore.class);
    private final TicketOwnership ownership = new TicketOwnership("zendesk");

    private static Conversation conversation(Owner owner) {
        return new Conversation("p-9", "zendesk", "42", null, null, ConversationState.initial().withOwner(owner),
                Instant.EPOCH, Instant.EPOCH, 1);
    }

    @Test
    void anAgentTakingOverMakesAPersonTheOwner() {
        when(store.findByExternalId("zendesk", "42")).thenReturn(Optional.of(conversation(Owner.ASSISTANT)));

        assertThat(ownership.apply(new TicketEvent.HumanTookOver("42", "agent replied"), store)).isTrue();

        verify(store).changeOwner("p-9", Owner.HUMAN);
    }

    @Test
    void aTicketTheAssistantNeverSawIsOpenedSoTheAgentKeepsIt() {
        when(store.findByExternalId("zendesk", "42")).thenReturn(Optional.empty());
        when(store.open("zendesk", "42", null, null)).thenReturn(conversation(Owner.ASSISTANT));

        ownership.apply(new TicketEvent.HumanTookOver("42", "assigned"), store);

        verify(store).changeOwner("p-9", Owner.HUMAN);
    }

    @Test
    void handbackAndResolutionChangeTheOwnerOnlyWhenItDiffers() {
        when(store.findByExternalId("zendesk", "42")).thenReturn(Optional.of(conversation(Owner.HUMAN)));

        ownership.apply(new TicketEvent.HandedBack("42"), store);
        ownership.apply(new TicketEvent.Resolved("42"), store);
        ownership.apply(new TicketEvent.HumanTookOver("42", "again"), store);

        verify(store).changeOwner("p-9", Owner.ASSISTANT);
        verify(store).changeOwner("p-9", Owner.RESOLVED);
        verify(store, never()).changeOwner("p-9", Owner.HUMAN);
    }

    @Test
    void otherEventsAreNotAboutOwnership() {
        assertThat(ownership.apply(new TicketEvent.Ignored("note"), store)).isFalse();
        verify(store, never()).changeOwner(any(), any());
    }
}
