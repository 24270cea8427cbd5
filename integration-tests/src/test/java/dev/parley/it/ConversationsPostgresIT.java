package dev.parley.it;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.parley.it.harness.ParleyContainer;
import dev.parley.it.harness.PostgresSchema;

/**
 * The scripted conversations with the store on PostgreSQL, chosen by configuration only, as an
 * admin does: {@code etc/dev.parley.store.cfg} names the database.
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
}
