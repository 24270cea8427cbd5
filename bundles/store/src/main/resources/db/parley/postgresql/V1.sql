-- conversations, messages and decisions
CREATE TABLE parley_conversation (
    id                   VARCHAR(64)  NOT NULL PRIMARY KEY,
    channel              VARCHAR(64)  NOT NULL,
    external_id          VARCHAR(255),
    customer_id          VARCHAR(255),
    locale               VARCHAR(35),
    owner                VARCHAR(16)  NOT NULL,
    slots                TEXT         NOT NULL,
    pending_skill        VARCHAR(255),
    verified_customer_id VARCHAR(255),
    low_confidence_streak INTEGER     NOT NULL,
    message_count        BIGINT       NOT NULL,
    created_at           TIMESTAMPTZ  NOT NULL,
    updated_at           TIMESTAMPTZ  NOT NULL,
    version              BIGINT       NOT NULL,
    CONSTRAINT parley_conversation_external UNIQUE (channel, external_id)
);
CREATE INDEX parley_conversation_customer ON parley_conversation (customer_id, created_at);
CREATE INDEX parley_conversation_verified ON parley_conversation (verified_customer_id);
CREATE INDEX parley_conversation_created ON parley_conversation (created_at);

CREATE TABLE parley_message (
    conversation_id VARCHAR(64)  NOT NULL REFERENCES parley_conversation (id) ON DELETE CASCADE,
    seq             BIGINT       NOT NULL,
    channel         VARCHAR(64)  NOT NULL,
    author          VARCHAR(16)  NOT NULL,
    message_id      VARCHAR(255) NOT NULL,
    body            TEXT         NOT NULL,
    written_at      TIMESTAMPTZ  NOT NULL,
    quick_replies   TEXT,
    reply_to        BIGINT,
    PRIMARY KEY (conversation_id, seq),
    CONSTRAINT parley_message_unique_id UNIQUE (channel, message_id)
);
CREATE INDEX parley_message_written ON parley_message (written_at);

CREATE TABLE parley_decision (
    conversation_id   VARCHAR(64)      NOT NULL,
    seq               BIGINT           NOT NULL,
    intent            VARCHAR(128)     NOT NULL,
    confidence        DOUBLE PRECISION NOT NULL,
    intent_model      VARCHAR(255),
    sentiment_score   DOUBLE PRECISION NOT NULL,
    sentiment_label   VARCHAR(16),
    emotion           VARCHAR(32),
    skill             VARCHAR(255),
    outcome           VARCHAR(64),
    handoff_queue     VARCHAR(128),
    handoff_trigger   VARCHAR(64),
    ticket_id         VARCHAR(128),
    processing_millis BIGINT           NOT NULL,
    decided_at        TIMESTAMPTZ      NOT NULL,
    PRIMARY KEY (conversation_id, seq),
    FOREIGN KEY (conversation_id, seq) REFERENCES parley_message (conversation_id, seq) ON DELETE CASCADE
);
CREATE INDEX parley_decision_decided ON parley_decision (decided_at);
CREATE INDEX parley_decision_intent ON parley_decision (intent, decided_at);
