package dev.parley.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import dev.parley.it.harness.Await;
import dev.parley.it.harness.ParleyContainer;
import dev.parley.it.harness.TestBundles;

/**
 * The CSV ticket import of the shipped container: a file dropped into import/tickets is enriched by
 * the real NLP, handoff router and knowledge base, its bad rows rejected with line and reason, its
 * tickets stored once however often it is dropped.
 */
class CsvImportIT {

    static final String HEADER = "Ticket ID,Customer Name,Customer Email,Product Purchased,Date of Purchase,Ticket Type,"
            + "Ticket Subject,Ticket Description,Ticket Status,Resolution,Ticket Priority,Ticket Channel,"
            + "First Response Time,Time to Resolution,Customer Satisfaction Rating";
    private static final String CHECK = "CSV ticket import";

    @RegisterExtension
    static final ParleyContainer parley = new ParleyContainer()
            .withConfiguration("dev.parley.adapter.csv.cfg", "pollSeconds=1\nsettleSeconds=0\n");

    @BeforeAll
    static void deployReader(@TempDir Path work) throws Exception {
        parley.deploy(TestBundles.csvTickets(work), "csv-tickets.jar");
        Await.until("the CSV import's table can be read", () -> parley.get("/it/csv/count?file=none").statusCode() == 200);
    }

    @Test
    void aDroppedExportIsEnrichedStoredAndItsBadRowsRejected() throws Exception {
        drop("tickets.csv", generated(40));

        awaitDone("tickets.csv");

        List<String> enriched = Files.readAllLines(folder().resolve("enriched/tickets.csv"));
        assertThat(enriched.get(0)).isEqualTo(HEADER + ",parley_intent,parley_intent_confidence,parley_sentiment_score,"
                + "parley_sentiment,parley_emotion,parley_entities,parley_queue,parley_priority,parley_article,"
                + "parley_article_title,parley_article_score");
        assertThat(parley.get("/it/csv/count?file=tickets.csv").body()).isEqualTo("41");
        // The real services: an angry customer's broken camera is urgent or high by the router's sentiment rules,
        // an invoice request goes to billing with the knowledge base's article on invoices.
        assertThat(parley.get("/it/csv/ticket?id=1").body())
                .matches("(damaged_item|refund_request) NEGATIVE \\w+ (shipping|billing) (HIGH|URGENT) null [0-9a-f]{64}");
        assertThat(parley.get("/it/csv/ticket?id=2").body()).startsWith("track_order ").contains(" shipping ");
        assertThat(parley.get("/it/csv/ticket?id=41").body()).matches("invoice_request \\w+ \\w+ billing NORMAL invoices "
                + "[0-9a-f]{64}");
        List<String> rejected = Files.readAllLines(folder().resolve("rejected/tickets.csv"));
        assertThat(rejected).hasSize(4);
        assertThat(rejected.get(0)).isEqualTo("line,reason," + HEADER);
        assertThat(rejected.get(1)).isEqualTo("44,\"has 4 values but the header has 15 columns (a missing or extra "
                + "delimiter, or an unquoted line break?)\",42,Too,few,values");
        assertThat(rejected.get(2)).startsWith("45,column 'Date of Purchase' is not a date in one of the dateFormats,43,");
        assertThat(rejected.get(3)).startsWith("46,no ticket id in column 'Ticket ID',,No Id,");
        assertThat(parley.healthMessages(CHECK)).anySatisfy(message -> assertThat(message).startsWith(
                "WARN last import: tickets.csv at ").contains(": 44 rows read, 41 imported, 3 rejected, "));
        assertThat(parley.logLines(java.util.regex.Pattern.compile(
                "INFO .*CSV import: tickets.csv done: 44 rows read, 41 imported, 3 rejected, \\d+ rows/s"))).hasSize(1);
        assertThat(parley.log()).doesNotContain("customer1@example.com", "Customer One", "camera arrived broken");

        drop("tickets.csv", generated(40));
        Await.until("the file is imported again", () -> parley.logLines(java.util.regex.Pattern.compile(
                "CSV import: tickets.csv done")).size() == 2);
        assertThat(parley.get("/it/csv/count?file=tickets.csv").body()).isEqualTo("41");
    }

    @Test
    void aFileWithoutTicketsGoesToFailedWithItsReason() throws Exception {
        drop("orders.csv", "InvoiceNo,StockCode,Description\n536365,85123A,WHITE HANGING HEART T-LIGHT HOLDER\n");

        Path reason = folder().resolve("failed/orders.csv.reason");
        Await.until("orders.csv is failed", () -> Files.exists(reason) && Files.exists(folder().resolve("failed/orders.csv")));

        assertThat(Files.readString(reason)).startsWith("the header has no ticket id column 'Ticket ID'");
        assertThat(parley.healthMessages(CHECK)).contains("WARN failed/orders.csv was not imported: the header has no "
                + "ticket id column 'Ticket ID'; set ticketIdColumn in etc/dev.parley.adapter.csv.cfg to the name the "
                + "export uses");
        assertThat(parley.get("/system/health").statusCode()).isEqualTo(200);
    }

    @Test
    void theCustomerSupportTicketDataSetIsImportedWhenPresent() throws Exception {
        Optional<Path> export = sharedTicketExport();
        Assumptions.assumeTrue(export.isPresent(), "no customer support ticket export in ../shared/data, skipped");
        String name = "shared-" + export.get().getFileName();
        long rows = countRecords(export.get());
        Files.copy(export.get(), folder().resolve(name + ".part"));
        Files.move(folder().resolve(name + ".part"), folder().resolve(name));

        Await.until(name + " is imported", Duration.ofMinutes(10), () -> Files.exists(folder().resolve("done").resolve(name)));

        long imported = Long.parseLong(parley.get("/it/csv/count?file=" + name).body());
        long rejected = Files.exists(folder().resolve("rejected").resolve(name))
                ? countRecords(folder().resolve("rejected").resolve(name)) : 0;
        System.out.printf("CsvImportIT: %s: %d rows, %d stored, %d rejected%n", export.get(), rows, imported, rejected);
        assertThat(imported).isPositive();
        assertThat(countRecords(folder().resolve("enriched").resolve(name))).isEqualTo(rows - rejected);
    }

    /** A generated export: n good rows, one with a quoted multi-line description, and three bad ones. */
    static String generated(int n) {
        StringBuilder csv = new StringBuilder(HEADER).append('\n');
        csv.append("1,Customer One,customer1@example.com,GoPro Hero,2021-03-22,Refund request,Broken camera,"
                + "\"I want a refund for order 100234, the camera arrived broken. This is unacceptable!\",Closed,,Critical,"
                + "Email,2023-06-01 12:15:36,2023-06-01 18:05:38,1\n");
        csv.append("2,Customer Two,customer2@example.com,LG Smart TV,2021-05-22,Technical issue,Where is my parcel,"
                + "\"Where is my parcel?\nIt has not arrived yet, can you track it?\",Open,,Low,Chat,,,\n");
        for (int i = 3; i <= n; i++) {
            csv.append(i).append(",Customer ").append(i).append(",customer").append(i).append("@example.com,Kindle,2021-01-0")
                    .append(1 + i % 9).append(",Product inquiry,Question,How much does shipping to Austria cost?,Open,,Medium,"
                            + "Email,,,\n");
        }
        csv.append("41,Customer,c41@example.com,Kindle,2021-01-01,Billing inquiry,Invoice,Please send my invoice,Open,,"
                + "Low,Email,,,5\n");
        // Lines 44, 45 and 46 (the description of ticket 2 takes two lines)
        csv.append("42,Too,few,values\n");
        csv.append("43,Bad Date,c43@example.com,Kindle,yesterday,Billing inquiry,Invoice,Text,Open,,Low,Email,,,\n");
        csv.append(",No Id,c44@example.com,Kindle,2021-01-01,Billing inquiry,Invoice,Text,Open,,Low,Email,,,\n");
        return csv.toString();
    }

    /** Writes the file under a name the import does not take, then renames it: the documented convention. */
    private static void drop(String name, String content) throws IOException {
        Files.createDirectories(folder());
        Path part = Files.writeString(folder().resolve(name + ".part"), content, StandardCharsets.UTF_8);
        Files.move(part, folder().resolve(name), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    private static void awaitDone(String name) {
        Await.until(name + " is imported", Duration.ofSeconds(60), () -> Files.exists(folder().resolve("done").resolve(name))
                && !Files.exists(folder().resolve(name)));
    }

    private static Path folder() {
        return parley.home().resolve("import/tickets");
    }

    private static Optional<Path> sharedTicketExport() throws IOException {
        Path data = Path.of(System.getProperty("parley.shared.data", "../../shared/data"));
        if (!Files.isDirectory(data)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.walk(data, 3)) {
            return files.filter(f -> f.toString().endsWith(".csv")).filter(CsvImportIT::isTicketExport).findFirst();
        }
    }

    private static boolean isTicketExport(Path file) {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String header = reader.readLine();
            return header != null && header.contains("Ticket ID") && header.contains("Ticket Description");
        } catch (IOException e) {
            return false;
        }
    }

    /** Records of a CSV file without its header, counting quoted line breaks as part of a record. */
    private static long countRecords(Path file) throws IOException {
        long records = 0;
        boolean quoted = false;
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            int c;
            boolean any = false;
            while ((c = reader.read()) >= 0) {
                any = true;
                if (c == '"') {
                    quoted = !quoted;
                } else if (c == '\n' && !quoted) {
                    records++;
                    any = false;
                }
            }
            if (any) {
                records++;
            }
        }
        return records - 1;
    }
}
