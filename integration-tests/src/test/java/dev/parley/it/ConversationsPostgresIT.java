package dev.parley.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.google.gson.JsonObject;

import dev.parley.it.harness.ParleyApi;
import dev.parley.it.harness.ParleyContainer;
import dev.parley.it.harness.PostgresSchema;

/**
 * The scripted conversations with the store on PostgreSQL, chosen by configuration only, as an
 * admin does: {@code etc/dev.parley.store.cfg} names the database. A second container on the same
 * database continues a conversation the first one started.
 */
class ConversationsPostgresIT extends ConversationScenarios {

    @RegisterExtension
    @Order(1)
    static final PostgresSchema postgres = new PostgresSchema();

    @RegisterExtension
    @Order(2)
    static final ParleyContainer parley = new ParleyContainer().withEnvironment("PARLEY_API_KEY", API_KEY)
            .withConfiguration("dev.parley.store.cfg", postgres.storeConfiguration());

    @Override
    ParleyContainer parley() {
        return parley;
    }

    @Test
    void aSecondContainerOnTheSameDatabaseContinuesTheConversation() throws Exception {
        ParleyApi first = new ParleyApi(parley, API_KEY);
        String conversation = first.newConversation("C-1001");
        JsonObject question = first.say(conversation, "Where is my order?");
        assertThat(question.get("awaitingInput").getAsBoolean()).isTrue();

        ParleyContainer second = new ParleyContainer().withEnvironment("PARLEY_API_KEY", API_KEY)
                .withConfiguration("dev.parley.store.cfg", postgres.storeConfiguration());
        try {
            second.startFresh(getClass().getSimpleName() + "-second");
            JsonObject answer = new ParleyApi(second, API_KEY).say(conversation, "100234");

            assertThat(answer.get("skill").getAsString()).isEqualTo(question.get("skill").getAsString());
            assertThat(answer.get("reply").getAsString()).contains("100234");
            assertThat(first.conversation(conversation).getAsJsonArray("transcript")).hasSize(4);
        } finally {
            second.stop();
        }
    }
}
