package dev.parley.it;

import org.junit.jupiter.api.extension.RegisterExtension;

import dev.parley.it.harness.ParleyContainer;

/** The scripted conversations on the embedded H2 database Parley ships with. */
class ConversationsIT extends ConversationScenarios {

    @RegisterExtension
    static final ParleyContainer parley = new ParleyContainer().withEnvironment("PARLEY_API_KEY", API_KEY);

    @Override
    ParleyContainer parley() {
        return parley;
    }
}
