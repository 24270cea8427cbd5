package dev.parley.adapter.jdbc;

import java.sql.SQLException;
import java.time.Clock;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.parley.api.conversation.Assistant;
import dev.parley.store.schema.StoreDatabase;
import dev.parley.webhook.Outbox;

/**
 * Runs the inbox's polls once the store and the assistant are there, applying the inbox's
 * migrations to the store's database first. A poll that fails is logged once per reason and
 * repeated at the next interval; nothing of it stops the schedule.
 */
final class InboxRunner {

    private static final Logger LOG = LoggerFactory.getLogger(InboxRunner.class);

    private final LegacyDatabase legacy;
    private final Supplier<StoreDatabase> store;
    private final Supplier<Assistant> assistant;
    private final Supplier<Outbox> outbox;
    private final AdapterStatus status;
    private final Clock clock;
    private StoreDatabase migrated;
    private InboxState state;

    InboxRunner(LegacyDatabase legacy, Supplier<StoreDatabase> store, Supplier<Assistant> assistant,
            Supplier<Outbox> outbox, AdapterStatus status, Clock clock) {
        this.legacy = legacy;
        this.store = store;
        this.assistant = assistant;
        this.outbox = outbox;
        this.status = status;
        this.clock = clock;
    }

    void poll() {
        String name = legacy.settings().name;
        try {
            StoreDatabase database = store.get();
            Assistant current = assistant.get();
            Outbox replies = outbox.get();
            if (database == null || current == null || replies == null) {
                problem("waiting for " + (database == null ? "the conversation store" : current == null ? "the assistant"
                        : "the outbox (bundle dev.parley.webhook), which writes the replies back"));
                return;
            }
            if (database != migrated) {
                database.migrate(InboxState.MODULE, InboxRunner.class.getClassLoader(), InboxState.SCRIPTS);
                state = new InboxState(database.dataSource(), name);
                migrated = database;
            }
            int answered = new Inbox(legacy, state, current, replies, clock).poll();
            status.inboxPolled(answered, state.backlog());
            if (answered > 0) {
                LOG.debug("Legacy CRM {}: {} inbox messages answered", name, answered);
            }
        } catch (SQLException e) {
            problem("the conversation store's database failed: " + LegacyDatabase.reason(e));
        } catch (RuntimeException e) {
            problem(e.getMessage() == null ? e.getClass().getName() : e.getMessage());
        }
    }

    private void problem(String reason) {
        if (status.inboxProblem(reason)) {
            LOG.warn("Legacy CRM {}: inbox not polled: {}; trying again every {} s", legacy.settings().name, reason,
                    legacy.settings().inboxPollSeconds);
        }
    }
}
