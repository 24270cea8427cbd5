-- The per-conversation rollup the summary and the daily figures read instead of the store's
-- messages and decisions: one row per conversation, recomputed from the store whenever the
-- conversation changed (its updated_at moves with every message, decision and owner change);
-- erased with the conversation.
CREATE TABLE parley_analytics_conversation (
    conversation_id VARCHAR(64)  NOT NULL PRIMARY KEY REFERENCES parley_conversation (id) ON DELETE CASCADE,
    customer_id     VARCHAR(255),
    created_at      TIMESTAMP WITH TIME ZONE  NOT NULL,
    created_day     DATE         NOT NULL,
    owner           VARCHAR(16)  NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE  NOT NULL,
    -- the first customer message, and the first message of the assistant or an agent
    asked_at        TIMESTAMP WITH TIME ZONE,
    answered_at     TIMESTAMP WITH TIME ZONE,
    -- 1 when a decision handed it to a person
    handed_off      SMALLINT     NOT NULL,
    -- 1 when a person took part: a handoff, an agent's message, or a person owns it
    human_involved  SMALLINT     NOT NULL,
    -- first customer message to first answer, when answered after it; start to last change, when
    -- resolved: milliseconds, computed once here rather than at every read
    first_response_millis DOUBLE PRECISION,
    resolution_millis     DOUBLE PRECISION
);
CREATE INDEX parley_analytics_conversation_created ON parley_analytics_conversation (created_at);
CREATE INDEX parley_analytics_conversation_customer ON parley_analytics_conversation (customer_id, created_at);
-- How far the rollup is: a single row. Backfill walks the conversations by id after
-- backfill_after; afterwards conversations changed since the watermark (less a safety lag) are
-- recomputed.
CREATE TABLE parley_analytics_rollup_state (
    id              INTEGER      NOT NULL PRIMARY KEY CHECK (id = 1),
    backfilled      BOOLEAN      NOT NULL,
    backfill_after  VARCHAR(64),
    watermark       TIMESTAMP WITH TIME ZONE
);
INSERT INTO parley_analytics_rollup_state (id, backfilled) VALUES (1, FALSE);
-- Conversations changed since the watermark, without scanning them all.
CREATE INDEX parley_analytics_conversation_changed ON parley_conversation (updated_at);
