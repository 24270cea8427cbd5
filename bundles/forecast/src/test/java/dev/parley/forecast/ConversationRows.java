package dev.parley.forecast;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;

import javax.sql.DataSource;

/** Inserts bare conversations into the store's table, in batches: only their start matters here. */
final class ConversationRows implements AutoCloseable {

    private final Connection connection;
    private final PreparedStatement insert;
    private int next;

    ConversationRows(DataSource dataSource) throws SQLException {
        connection = dataSource.getConnection();
        connection.setAutoCommit(false);
        insert = connection.prepareStatement("INSERT INTO parley_conversation (id, channel, owner, slots, "
                + "low_confidence_streak, message_count, created_at, updated_at, version) VALUES (?, 'test', "
                + "'ASSISTANT', '{}', 0, 0, ?, ?, 0)");
    }

    ConversationRows startedAt(Instant created) throws SQLException {
        insert.setString(1, "c" + next++);
        insert.setObject(2, created.atOffset(ZoneOffset.UTC));
        insert.setObject(3, created.atOffset(ZoneOffset.UTC));
        insert.addBatch();
        return this;
    }

    @Override
    public void close() throws SQLException {
        insert.executeBatch();
        connection.commit();
        insert.close();
        connection.close();
    }
}
