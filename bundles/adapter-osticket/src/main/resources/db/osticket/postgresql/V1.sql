-- osTicket adapter: the tickets it opened, by Parley's request id
CREATE TABLE osticket_ticket (
    request_id      VARCHAR(200) NOT NULL PRIMARY KEY,
    state           VARCHAR(16)  NOT NULL,
    ticket_number   VARCHAR(64),
    subject         TEXT         NOT NULL,
    queue           VARCHAR(255) NOT NULL,
    topic_id        INTEGER,
    priority        VARCHAR(16)  NOT NULL,
    customer_id     VARCHAR(255),
    conversation_id VARCHAR(64),
    attempts        INTEGER      NOT NULL,
    attempted_at    TIMESTAMPTZ NOT NULL,
    created_at      TIMESTAMPTZ
);
CREATE UNIQUE INDEX osticket_ticket_number ON osticket_ticket (ticket_number);
