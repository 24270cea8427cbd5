package dev.parley.helpdesk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import org.junit.jupiter.api.Test;

class GroupMappingTest {

    private static final List<String> QUEUES = List.of("general", "billing", "Shipping");

    @Test
    void mapsQueuesIgnoringCaseAndFallsBackToTheDefaultGroup() {
        GroupMapping mapping = GroupMapping.read("queueGroups", new String[] {"billing=360001", " shipping = 42 ", ""},
                "defaultGroupId", "7", QUEUES);

        assertThat(mapping.groupFor("Billing")).hasValue(360001);
        assertThat(mapping.groupFor("shipping")).hasValue(42);
        assertThat(mapping.groupFor("general")).hasValue(7);
        assertThat(mapping.size()).isEqualTo(2);
    }

    @Test
    void entriesOfACfgFileAreSeparatedByCommas() {
        GroupMapping mapping = GroupMapping.read("queueGroups", new String[] {"billing=1, shipping=2"},
                "defaultGroupId", "", QUEUES);

        assertThat(mapping.groupFor("billing")).hasValue(1);
        assertThat(mapping.groupFor("shipping")).hasValue(2);
    }

    @Test
    void withoutDefaultGroupAnUnmappedQueueLeavesTheGroup() {
        GroupMapping mapping = GroupMapping.read("queueGroups", new String[] {"billing=1"}, "defaultGroupId", "",
                QUEUES);

        assertThat(mapping.groupFor("general")).isEmpty();
    }

    @Test
    void aQueueTheRouterDoesNotHaveIsAConfigurationError() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> GroupMapping.read("queueGroups", new String[] {"refunds=12"}, "defaultGroupId", "",
                        QUEUES))
                .withMessageContaining("queueGroups entry 'refunds=12' names queue 'refunds'")
                .withMessageContaining("general, billing, Shipping");
    }

    @Test
    void nonNumericIdsAreConfigurationErrorsAllReportedAtOnce() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> GroupMapping.read("queueGroups", new String[] {"billing=abc", "general"},
                        "defaultGroupId", "x1", QUEUES))
                .withMessageContaining("group id 'abc' is not a positive number")
                .withMessageContaining("'general' is not <queue>=<group id>")
                .withMessageContaining("defaultGroupId 'x1' is not a positive number");
    }

    @Test
    void groupZeroIsAConfigurationError() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> GroupMapping.read("teamMapping", new String[] {"billing=0"}, "defaultTeamId", "00",
                        QUEUES))
                .withMessageContaining("group id '0' is not a positive number")
                .withMessageContaining("defaultTeamId '00' is not a positive number");
    }

    @Test
    void aQueueMappedTwiceIsAnError() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> GroupMapping.read("queueGroups", new String[] {"billing=1", "BILLING=2"},
                        "defaultGroupId", "", QUEUES))
                .withMessageContaining("maps queue 'BILLING' twice");
    }
}
