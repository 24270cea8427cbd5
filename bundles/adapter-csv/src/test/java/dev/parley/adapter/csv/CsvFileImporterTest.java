package dev.parley.adapter.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.helpers.NOPLogger;

import dev.parley.store.jdbc.ConnectionPool;
import dev.parley.store.testing.TestDatabase;
import dev.parley.store.testing.TestDatabase.Backend;

/** Imports of small files with the real parser, outputs and an H2 store; the NLP answers by rule. */
class CsvFileImporterTest {

    static final String HEADER = "Ticket ID,Customer Name,Customer Email,Product Purchased,Date of Purchase,Ticket Type,"
            + "Ticket Subject,Ticket Description,Ticket Status,Resolution,Ticket Priority,Ticket Channel,"
            + "First Response Time,Time to Resolution,Customer Satisfaction Rating\n";

    @TempDir
    Path folder;
    private TestDatabase database;
    private ConnectionPool pool;
    /** Rows after which the importer is asked to stop; negative: never. */
    private int stopAfterRows = -1;

    @BeforeEach
    void openStore() {
        database = TestDatabase.create(Backend.H2, folder);
        pool = database.open();
        pool.migrate(TicketTable.MODULE, TicketTable.class.getClassLoader(), TicketTable.SCRIPTS);
    }

    @AfterEach
    void closeStore() throws SQLException {
        pool.close();
        database.close();
    }

    @Test
    void eachTicketIsEnrichedIntoTheOutputAndStoredWithoutTheCustomersAddress() throws Exception {
        Path file = write("tickets.csv", HEADER
                + "1,Marisa Obrien,carrollallison@example.com,GoPro Hero,2021-03-22,Refund request,Product setup,"
                + "\"I want a refund, the camera arrived broken. Order 100234.\",Closed,Case maybe,Critical,Social media,"
                + "2023-06-01 12:15:36,2023-06-01 18:05:38,3.0\n"
                + "2,Jessica Rios,clarkeashley@example.com,LG Smart TV,2021-05-22,Technical issue,Peripheral compatibility,"
                + "Where is my order?,Pending Customer Response,,Critical,Chat,2023-06-01 16:45:38,,\n");

        ImportSummary summary = importer().importFile(file, folder.resolve("enriched"), folder.resolve("rejected"));

        assertThat(summary.rowsRead()).isEqualTo(2);
        assertThat(summary.imported()).isEqualTo(2);
        assertThat(summary.rejected()).isZero();
        assertThat(summary.failed()).isFalse();
        List<CSVRecord> enriched = read(folder.resolve("enriched/tickets.csv"));
        assertThat(enriched.get(0).toList()).startsWith("Ticket ID", "Customer Name").endsWith("Customer Satisfaction Rating",
                "parley_intent", "parley_intent_confidence", "parley_sentiment_score", "parley_sentiment", "parley_emotion",
                "parley_entities", "parley_queue", "parley_priority", "parley_article", "parley_article_title",
                "parley_article_score");
        assertThat(enriched.get(1).toList()).startsWith("1", "Marisa Obrien", "carrollallison@example.com").endsWith(
                "3.0", "refund_request", "0.910", "-0.750", "NEGATIVE", "ANGER", "order_number", "billing", "HIGH",
                "returns/refunds", "Refunds", "0.620");
        assertThat(enriched.get(2).toList()).endsWith("order_status", "0.500", "0.000", "NEUTRAL", "NEUTRAL", "", "general",
                "NORMAL", "", "", "");
        assertThat(folder.resolve("rejected/tickets.csv")).doesNotExist();
        assertThat(folder.resolve("enriched/tickets.csv.part")).doesNotExist();

        assertThat(query("SELECT ticket_id, source_file, source_line, customer_key, intent, sentiment, emotion, "
                + "suggested_queue, suggested_article, satisfaction, first_response_at, resolved_at, entity_types "
                + "FROM csv_ticket ORDER BY ticket_id")).containsExactly(
                "1|tickets.csv|2|" + CustomerKey.of("CarrollAllison@example.com ") + "|refund_request|NEGATIVE|ANGER|billing"
                        + "|returns/refunds|3.00|2023-06-01 12:15:36+00|2023-06-01 18:05:38+00|order_number",
                "2|tickets.csv|3|" + CustomerKey.of("clarkeashley@example.com") + "|order_status|NEUTRAL|NEUTRAL|general"
                        + "|null|null|2023-06-01 16:45:38+00|null|null");
        assertThat(String.join("\n", query("SELECT * FROM csv_ticket"))).doesNotContain("example.com", "Marisa", "camera");
    }

    @Test
    void everyMalformedRowGoesToTheRejectFileWithItsLineAndReason() throws Exception {
        String longText = "x".repeat(200);
        Path file = write("bad.csv", HEADER
                + "1,A,a@example.com,P,2021-03-22,T,Subject,Fine,Open,,Low,Email,,,\n"          // line 2: good
                + "2,B,b@example.com,P,2021-03-22,T,Subject,Too few values\n"                     // line 3
                + "3,C,c@example.com,P,22 March 2021,T,Subject,Text,Open,,Low,Email,,,\n"         // line 4
                + "4,D,d@example.com,P,2021-03-22,T,Subject,Text,Open,,Low,Email,,,very happy\n"  // line 5
                + ",E,e@example.com,P,2021-03-22,T,Subject,Text,Open,,Low,Email,,,\n"             // line 6
                + "6,F,f@example.com,P,2021-03-22,T,  ,,Open,,Low,Email,,,\n"                     // line 7
                + "7,G,g@example.com,P,2021-03-22,T,Subject," + longText + ",Open,,Low,Email,,,\n" // line 8
                + "8,H,h@example.com,P,2021-03-22,T,Subject,Text,Open,,Low,Email,2023-13-45 10:00:00,,\n" // line 9
                + "9,I,i@example.com,P,2021-03-22,T,Subject,Text,Open,,Low,Email,,,4\n");         // line 10: good

        ImportSummary summary = importer(Map.of("maxFieldLength", 100))
                .importFile(file, folder.resolve("enriched"), folder.resolve("rejected"));

        assertThat(summary.rowsRead()).isEqualTo(9);
        assertThat(summary.imported()).isEqualTo(2);
        assertThat(summary.rejected()).isEqualTo(7);
        List<CSVRecord> rejected = read(folder.resolve("rejected/bad.csv"));
        assertThat(rejected.get(0).toList()).startsWith("line", "reason", "Ticket ID");
        assertThat(rejected.subList(1, rejected.size())).extracting(r -> r.get(0) + " " + r.get(1)).containsExactly(
                "3 has 8 values but the header has 15 columns (a missing or extra delimiter, or an unquoted line break?)",
                "4 column 'Date of Purchase' is not a date in one of the dateFormats",
                "5 column 'Customer Satisfaction Rating' is not a number",
                "6 no ticket id in column 'Ticket ID'",
                "7 no ticket text: subject and description are empty",
                "8 column 'Ticket Description' has 200 characters, more than maxFieldLength 100",
                "9 column 'First Response Time' is not a date in one of the dateFormats");
        assertThat(rejected.get(1).toList()).endsWith("2", "B", "b@example.com", "P", "2021-03-22", "T", "Subject",
                "Too few values");
        assertThat(query("SELECT ticket_id FROM csv_ticket ORDER BY ticket_id")).containsExactly("1", "9");
    }

    @Test
    void quotedFieldsMayHoldDelimitersQuotesAndLineBreaksAndLineNumbersCountThem() throws Exception {
        Path file = write("multiline.csv", HEADER
                + "1,\"Obrien, Marisa\",m@example.com,P,2021-03-22,T,\"He said \"\"broken\"\"\",\"First line\n"
                + "second line\r\nthird line\",Open,,Low,Email,,,\n"
                + "\n"
                + "2,B,b@example.com,P,2021-03-22,T,Subject,Text,Open,,Low,Email,,,not a number\n");

        ImportSummary summary = importer().importFile(file, folder.resolve("enriched"), folder.resolve("rejected"));

        assertThat(summary.imported()).isEqualTo(1);
        List<CSVRecord> enriched = read(folder.resolve("enriched/multiline.csv"));
        assertThat(enriched.get(1).get(1)).isEqualTo("Obrien, Marisa");
        assertThat(enriched.get(1).get(6)).isEqualTo("He said \"broken\"");
        assertThat(enriched.get(1).get(7)).isEqualTo("First line\nsecond line\r\nthird line");
        assertThat(enriched.get(1).get(18)).isEqualTo("NEGATIVE");
        assertThat(read(folder.resolve("rejected/multiline.csv")).get(1).get(0)).isEqualTo("6");
        assertThat(query("SELECT source_line FROM csv_ticket")).containsExactly("2");
    }

    @Test
    void aByteOrderMarkIsNotPartOfTheFirstColumnsName() throws Exception {
        Path file = folder.resolve("bom.csv");
        Files.write(file, ("\uFEFF" + HEADER + "1,A,a@example.com,P,2021-03-22,T,Subject,Text,Open,,Low,Email,,,\n")
                .getBytes(StandardCharsets.UTF_8));

        ImportSummary summary = importer().importFile(file, folder.resolve("enriched"), folder.resolve("rejected"));

        assertThat(summary.imported()).isEqualTo(1);
        assertThat(read(folder.resolve("enriched/bom.csv")).get(0).get(0)).isEqualTo("Ticket ID");
    }

    @Test
    void importingAgainReplacesTheTicketsInsteadOfDuplicatingThem() throws Exception {
        Path file = write("again.csv", HEADER
                + "1,A,a@example.com,P,2021-03-22,T,Subject,Where is my order,Open,,Low,Email,,,\n"
                + "2,B,b@example.com,P,2021-03-22,T,Subject,Text,Open,,Low,Email,,,\n");
        importer().importFile(file, folder.resolve("enriched"), folder.resolve("rejected"));
        write("again.csv", HEADER
                + "1,A,a@example.com,P,2021-03-22,T,Subject,I want a refund,Closed,,Low,Email,,,5\n"
                + "3,C,c@example.com,P,2021-03-22,T,Subject,Text,Open,,Low,Email,,,\n");

        importer().importFile(file, folder.resolve("enriched"), folder.resolve("rejected"));

        assertThat(query("SELECT ticket_id, status, intent, satisfaction FROM csv_ticket ORDER BY ticket_id"))
                .containsExactly("1|Closed|refund_request|5.00", "2|Open|order_status|null", "3|Open|order_status|null");
    }

    @Test
    void customColumnNamesDelimiterAndDateFormatsAreUsed() throws Exception {
        Path file = write("custom.csv", "id;created;text;csat\nT-1;03/11/2024 09:30;The lamp is broken;4.5\n");

        ImportSummary summary = importer(Map.of("ticketIdColumn", "ID", "descriptionColumn", "text", "subjectColumn", "",
                "createdColumn", "Created", "satisfactionColumn", "CSAT", "delimiter", ";",
                "dateFormats", new String[] {"dd/MM/yyyy HH:mm"}, "timeZone", "Europe/Berlin"))
                .importFile(file, folder.resolve("enriched"), folder.resolve("rejected"));

        assertThat(summary.imported()).isEqualTo(1);
        assertThat(query("SELECT ticket_id, created_at, satisfaction, sentiment FROM csv_ticket"))
                .containsExactly("T-1|2024-11-03 08:30:00+00|4.50|NEGATIVE");
        assertThat(Files.readString(folder.resolve("enriched/custom.csv"))).startsWith("id;created;text;csat;parley_intent;");
    }

    @Test
    void anUnclosedQuoteStopsTheFileWithItsLineInsteadOfReadingTheRestIntoOneValue() throws Exception {
        StringBuilder rest = new StringBuilder();
        for (int i = 0; i < 2000; i++) {
            rest.append(i + 10).append(",A,a@example.com,P,2021-03-22,T,Subject,Text,Open,,Low,Email,,,\n");
        }
        Path file = write("unclosed.csv", HEADER
                + "1,A,a@example.com,P,2021-03-22,T,Subject,Text,Open,,Low,Email,,,\n"
                + "2,A,a@example.com,P,2021-03-22,T,Subject,\"Text,Open,,Low,Email,,,\n" + rest);

        ImportSummary summary = importer(Map.of("maxFieldLength", 100))
                .importFile(file, folder.resolve("enriched"), folder.resolve("rejected"));

        assertThat(summary.failure()).startsWith("line 3: a record runs over more than 1600 characters, most likely "
                + "from a quote that is never closed");
        assertThat(summary.imported()).isEqualTo(1);
        assertThat(read(folder.resolve("rejected/unclosed.csv")).get(1).get(0)).isEqualTo("3");
        assertThat(query("SELECT ticket_id FROM csv_ticket")).containsExactly("1");
    }

    @Test
    void bytesThatAreNotTextInTheCharsetStopTheFile() throws Exception {
        StringBuilder good = new StringBuilder(HEADER);
        for (int i = 1; i <= 1000; i++) {
            good.append(i).append(",A,a@example.com,P,2021-03-22,T,Subject,Text,Open,,Low,Email,,,\n");
        }
        Path file = folder.resolve("latin1.csv");
        Files.write(file, (good + "1001,Müller,a@example.com,P,2021-03-22,T,Subject,Text,Open,,Low,Email,,,\n")
                .getBytes(StandardCharsets.ISO_8859_1));

        ImportSummary summary = importer().importFile(file, folder.resolve("enriched"), folder.resolve("rejected"));

        assertThat(summary.failure()).matches("line \\d+: the file is not valid UTF-8 text at or after this line; save "
                + "it as UTF-8 or set charset to the one it is written in");
        assertThat(summary.imported()).isBetween(500L, 1000L);
        assertThat(query("SELECT COUNT(*) FROM csv_ticket")).containsExactly(Long.toString(summary.imported()));
    }

    @Test
    void aRowAServiceFailsOnIsRejectedAndTheFileGoesOn() throws Exception {
        Path file = write("service.csv", HEADER
                + "1,A,a@example.com,P,2021-03-22,T,Subject,This will explode,Open,,Low,Email,,,\n"
                + "2,B,b@example.com,P,2021-03-22,T,Subject,Text,Open,,Low,Email,,,\n");

        ImportSummary summary = importer().importFile(file, folder.resolve("enriched"), folder.resolve("rejected"));

        assertThat(summary.imported()).isEqualTo(1);
        CSVRecord rejected = read(folder.resolve("rejected/service.csv")).get(1);
        assertThat(rejected.get(0) + " " + rejected.get(1)).isEqualTo("2 Parley could not enrich it "
                + "(IllegalStateException in a service); drop the file again later");
    }

    @Test
    void aStoppedImportKeepsNoOutputAndCanBeRepeated() throws Exception {
        StringBuilder rows = new StringBuilder(HEADER);
        for (int i = 1; i <= 20; i++) {
            rows.append(i).append(",A,a@example.com,P,2021-03-22,T,Subject,Text,Open,,Low,Email,,,\n");
        }
        Path file = write("stopped.csv", rows.toString());
        stopAfterRows = 10;

        assertThatThrownBy(() -> importer(Map.of("batchSize", 4)).importFile(file, folder.resolve("enriched"),
                folder.resolve("rejected"))).isInstanceOf(java.io.InterruptedIOException.class);

        assertThat(folder.resolve("enriched")).isEmptyDirectory();
        assertThat(query("SELECT COUNT(*) FROM csv_ticket")).containsExactly("8");
        stopAfterRows = -1;
        assertThat(importer().importFile(file, folder.resolve("enriched"), folder.resolve("rejected")).imported())
                .isEqualTo(20);
        assertThat(query("SELECT COUNT(*) FROM csv_ticket")).containsExactly("20");
    }

    @Test
    void aFileWithoutATicketIdColumnCannotBeImported() throws Exception {
        Path file = write("other.csv", "InvoiceNo,StockCode,Description\n536365,85123A,WHITE HANGING HEART\n");

        assertThatThrownBy(() -> importer().importFile(file, folder.resolve("enriched"), folder.resolve("rejected")))
                .isInstanceOf(UnreadableFileException.class)
                .hasMessage("the header has no ticket id column 'Ticket ID'; set ticketIdColumn in "
                        + "etc/dev.parley.adapter.csv.cfg to the name the export uses");
        assertThat(folder.resolve("enriched/other.csv")).doesNotExist();
    }

    @Test
    void aFileThatIsNotTextFromItsStartCannotBeImported() throws Exception {
        Path file = folder.resolve("binary.csv");
        Files.write(file, new byte[] {(byte) 0xff, (byte) 0xfe, 0x00, 0x54, 0x00});

        assertThatThrownBy(() -> importer().importFile(file, folder.resolve("enriched"), folder.resolve("rejected")))
                .isInstanceOf(UnreadableFileException.class).hasMessageStartingWith("its header cannot be read: the file "
                        + "is not valid UTF-8 text");
    }

    @Test
    void anEmptyFileCannotBeImported() throws Exception {
        Path file = write("empty.csv", "\n\n");

        assertThatThrownBy(() -> importer().importFile(file, folder.resolve("enriched"), folder.resolve("rejected")))
                .isInstanceOf(UnreadableFileException.class).hasMessageContaining("it is empty");
    }

    private CsvFileImporter importer() {
        return importer(Map.of());
    }

    private CsvFileImporter importer(Map<String, Object> config) {
        ImportSettings settings = ImportSettings.from(TestConfig.with(config), folder.toString(), NOPLogger.NOP_LOGGER);
        return new CsvFileImporter(settings, FakeServices.enricher(), new TicketTable(pool.dataSource(), pool.dialect()),
                () -> stopAfterRows >= 0 && stopAfterRows-- == 0);
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(folder.resolve(name), content, StandardCharsets.UTF_8);
    }

    static List<CSVRecord> read(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return CSVFormat.RFC4180.builder().setDelimiter(',').get().parse(reader).getRecords();
        }
    }

    private List<String> query(String sql) throws SQLException {
        return query(pool, sql);
    }

    static List<String> query(ConnectionPool pool, String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection connection = pool.dataSource().getConnection(); Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                List<String> values = new ArrayList<>();
                for (int i = 1; i <= columns; i++) {
                    values.add(String.valueOf(result.getString(i)));
                }
                rows.add(String.join("|", values));
            }
        }
        return rows;
    }
}
