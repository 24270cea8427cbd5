package dev.parley.adapter.csv;

/**
 * What a column of a ticket export means to the import. The header names that carry each meaning
 * are configured ({@link CsvTicketImport.Config}); a column nobody maps is copied to the enriched
 * output unchanged and otherwise ignored.
 */
enum Column {
    TICKET_ID("ticket id"),
    SUBJECT("subject"),
    DESCRIPTION("description"),
    CUSTOMER_EMAIL("customer e-mail"),
    PRODUCT("product"),
    TYPE("ticket type"),
    CREATED("created"),
    PURCHASED("date of purchase"),
    STATUS("status"),
    PRIORITY("priority"),
    CHANNEL("channel"),
    FIRST_RESPONSE("first response time"),
    RESOLVED("time to resolution"),
    SATISFACTION("customer satisfaction rating");

    private final String description;

    Column(String description) {
        this.description = description;
    }

    /** What the column means, for messages to the admin. */
    String description() {
        return description;
    }
}
