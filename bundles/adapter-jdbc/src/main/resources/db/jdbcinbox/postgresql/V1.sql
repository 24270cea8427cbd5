-- legacy CRM database adapter: inbox messages handled, their replies until written back, and the watermark
CREATE TABLE parley_jdbc_inbox (
    source          VARCHAR(100) NOT NULL,
    message_id      VARCHAR(200) NOT NULL,
    id_kind         VARCHAR(10)  NOT NULL,
    customer_id     VARCHAR(200),
    conversation_id VARCHAR(200),
    state           VARCHAR(10)  NOT NULL,
    reply           TEXT,
    attempts        INTEGER      NOT NULL,
    next_attempt_at BIGINT       NOT NULL,
    claimed_until   BIGINT       NOT NULL,
    last_error      VARCHAR(500),
    created_at      BIGINT       NOT NULL,
    replied_at      BIGINT,
    PRIMARY KEY (source, message_id)
);
CREATE INDEX parley_jdbc_inbox_due ON parley_jdbc_inbox (source, state, next_attempt_at);
CREATE TABLE parley_jdbc_watermark (
    source      VARCHAR(100) NOT NULL PRIMARY KEY,
    after_value VARCHAR(200) NOT NULL,
    updated_at  BIGINT       NOT NULL
);
