-- demo CRM: customers, orders, products, tickets
CREATE TABLE demo_customer (
    id            VARCHAR(32)  NOT NULL PRIMARY KEY,
    name          VARCHAR(200),
    email         VARCHAR(254),
    email_key     VARCHAR(254),
    phone         VARCHAR(32),
    phone_digits  VARCHAR(32),
    tier          VARCHAR(32),
    address_line1 VARCHAR(200),
    address_line2 VARCHAR(200),
    postal_code   VARCHAR(20),
    city          VARCHAR(100),
    region        VARCHAR(100),
    country_code  VARCHAR(2),
    since         TIMESTAMPTZ
);
CREATE UNIQUE INDEX demo_customer_email ON demo_customer (email_key);
CREATE INDEX demo_customer_phone ON demo_customer (phone_digits);

CREATE TABLE demo_order (
    number            VARCHAR(32)   NOT NULL PRIMARY KEY,
    customer_id       VARCHAR(32)   REFERENCES demo_customer (id),
    status            VARCHAR(16)   NOT NULL,
    placed_at         TIMESTAMPTZ   NOT NULL,
    total             DECIMAL(12,2) NOT NULL,
    currency          VARCHAR(3)    NOT NULL,
    address_line1     VARCHAR(200),
    address_line2     VARCHAR(200),
    postal_code       VARCHAR(20),
    city              VARCHAR(100),
    region            VARCHAR(100),
    country_code      VARCHAR(2),
    tracking_number   VARCHAR(64),
    carrier           VARCHAR(64),
    estimated_delivery DATE,
    cancel_reason     VARCHAR(500)
);
CREATE INDEX demo_order_customer ON demo_order (customer_id, placed_at);

CREATE TABLE demo_order_line (
    order_number VARCHAR(32)   NOT NULL REFERENCES demo_order (number) ON DELETE CASCADE,
    line_no      INTEGER       NOT NULL,
    sku          VARCHAR(64)   NOT NULL,
    title        VARCHAR(200),
    quantity     INTEGER       NOT NULL,
    unit_price   DECIMAL(12,2) NOT NULL,
    PRIMARY KEY (order_number, line_no)
);

CREATE TABLE demo_product (
    sku          VARCHAR(64)   NOT NULL PRIMARY KEY,
    title        VARCHAR(200)  NOT NULL,
    price        DECIMAL(12,2),
    currency     VARCHAR(3),
    in_stock     INTEGER       NOT NULL,
    restock_date DATE
);

CREATE SEQUENCE demo_ticket_number START WITH 1;
CREATE TABLE demo_ticket (
    id              VARCHAR(16)  NOT NULL PRIMARY KEY,
    request_id      VARCHAR(200) NOT NULL,
    subject         TEXT NOT NULL,
    description     TEXT         NOT NULL,
    queue           VARCHAR(255) NOT NULL,
    priority        VARCHAR(16)  NOT NULL,
    status          VARCHAR(32)  NOT NULL,
    customer_id     VARCHAR(255),
    conversation_id VARCHAR(64),
    tags            TEXT,
    transcript      TEXT,
    created_at      TIMESTAMPTZ  NOT NULL,
    CONSTRAINT demo_ticket_request UNIQUE (request_id)
);
CREATE INDEX demo_ticket_customer ON demo_ticket (customer_id);

CREATE TABLE demo_ticket_comment (
    ticket_id    VARCHAR(16) NOT NULL REFERENCES demo_ticket (id) ON DELETE CASCADE,
    seq          INTEGER     NOT NULL,
    body         TEXT        NOT NULL,
    public_reply BOOLEAN     NOT NULL,
    created_at   TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (ticket_id, seq)
);

-- which content of etc/demo-crm.json was applied last
CREATE TABLE demo_seed (
    id         INTEGER     NOT NULL PRIMARY KEY,
    sha256     VARCHAR(64) NOT NULL,
    applied_at TIMESTAMPTZ NOT NULL
);
