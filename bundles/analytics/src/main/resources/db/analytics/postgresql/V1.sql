-- CSAT: one rating per conversation (a second one replaces it); erased with the conversation.
CREATE TABLE parley_analytics_rating (
    conversation_id VARCHAR(64)  NOT NULL PRIMARY KEY REFERENCES parley_conversation (id) ON DELETE CASCADE,
    rating          SMALLINT     NOT NULL CHECK (rating BETWEEN 1 AND 5),
    rating_comment  VARCHAR(2000),
    rated_at        TIMESTAMPTZ  NOT NULL
);
CREATE INDEX parley_analytics_rating_rated ON parley_analytics_rating (rated_at);
-- First response time and "did a person write" read only these columns of a conversation's
-- messages: the index answers both without touching the message bodies.
CREATE INDEX parley_analytics_message_author ON parley_message (conversation_id, author, written_at);
-- Handoffs per conversation without reading every decision's row.
CREATE INDEX parley_analytics_decision_handoff ON parley_decision (conversation_id, handoff_trigger, handoff_queue);
