package dev.parley.adapter.csv;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One valid row of a ticket export, as the import keeps it. The customer appears only as
 * {@code customerKey}, a pseudonym of the e-mail address (see {@link CustomerKey}); the name is
 * not kept. Its {@code toString()} contains customer text: never log it above DEBUG.
 *
 * @param line the line of the file the row starts on
 * @param id the ticket id; not blank
 * @param subject the subject, or empty
 * @param description the description, or empty; subject and description are not both empty
 * @param customerKey the pseudonym of the customer's e-mail address, or {@code null}
 * @param created when the ticket was opened, or {@code null}
 * @param purchased when the product was bought, or {@code null}
 * @param firstResponse when the ticket was first answered, or {@code null}
 * @param resolved when it was resolved, or {@code null}
 * @param satisfaction the customer's rating, or {@code null}
 */
record Ticket(
        long line,
        String id,
        String subject,
        String description,
        String customerKey,
        String product,
        String type,
        Instant created,
        Instant purchased,
        String status,
        String priority,
        String channel,
        Instant firstResponse,
        Instant resolved,
        BigDecimal satisfaction) {

    /** What the NLP reads: the subject and the description, as a customer's message. */
    String text() {
        if (subject.isEmpty()) {
            return description;
        }
        return description.isEmpty() ? subject : subject + ". " + description;
    }
}
