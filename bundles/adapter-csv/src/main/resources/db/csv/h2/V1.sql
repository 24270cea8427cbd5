-- tickets imported from CSV exports, with what Parley found in them; one row per ticket id
CREATE TABLE csv_ticket (
    ticket_id          VARCHAR(64)  NOT NULL PRIMARY KEY,
    source_file        VARCHAR(255) NOT NULL,
    source_line        BIGINT       NOT NULL,
    customer_key       VARCHAR(64),
    product            VARCHAR(255),
    ticket_type        VARCHAR(100),
    created_at         TIMESTAMP WITH TIME ZONE,
    purchased_at       TIMESTAMP WITH TIME ZONE,
    status             VARCHAR(64),
    priority           VARCHAR(32),
    channel            VARCHAR(64),
    first_response_at  TIMESTAMP WITH TIME ZONE,
    resolved_at        TIMESTAMP WITH TIME ZONE,
    satisfaction       DECIMAL(5,2),
    intent             VARCHAR(100) NOT NULL,
    intent_confidence  DOUBLE PRECISION NOT NULL,
    sentiment_score    DOUBLE PRECISION NOT NULL,
    sentiment          VARCHAR(16)  NOT NULL,
    emotion            VARCHAR(16)  NOT NULL,
    entity_types       VARCHAR(500),
    suggested_queue    VARCHAR(255) NOT NULL,
    suggested_priority VARCHAR(16)  NOT NULL,
    suggested_article  VARCHAR(500),
    article_score      DOUBLE PRECISION,
    intent_model       VARCHAR(64)  NOT NULL,
    sentiment_model    VARCHAR(64)  NOT NULL,
    imported_at        TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX csv_ticket_intent ON csv_ticket (intent);
CREATE INDEX csv_ticket_customer ON csv_ticket (customer_key);
