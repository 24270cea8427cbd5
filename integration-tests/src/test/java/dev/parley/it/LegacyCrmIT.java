package dev.parley.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import dev.parley.it.harness.Await;
import dev.parley.it.harness.ContainerClient;
import dev.parley.it.harness.ParleyApi;
import dev.parley.it.harness.ParleyContainer;
import dev.parley.it.harness.PostgresSchema;

/**
 * The shipped container answering from a legacy CRM database on PostgreSQL, configured as an
 * admin does it: one file in etc/, nothing changed in the legacy schema. An order status
 * conversation over the REST API and a row of the legacy inbox table are answered from the
 * legacy data, not the demo shop's; a reply the legacy table refuses becomes a dead letter of the
 * outbox and is written once an admin replays it.
 */
class LegacyCrmIT {

    private static final String API_KEY = "legacy-crm-it-key";
    private static final String PASSWORD = "legacy-it-secret";

    @RegisterExtension
    @Order(1)
    static final PostgresSchema postgres = new PostgresSchema();

    @RegisterExtension
    @Order(2)
    static final BeforeAllCallback legacySchema = LegacyCrmIT::createLegacySchema;

    @RegisterExtension
    @Order(3)
    static final ParleyContainer parley = new ParleyContainer().withEnvironment("PARLEY_API_KEY", API_KEY)
            .withConfiguration("dev.parley.adapter.jdbc-erp.cfg", configuration())
            // a reply write that keeps failing is a dead letter after three quick attempts
            .withConfiguration("dev.parley.webhook.cfg", "backoffBaseMillis=200\nbackoffMaxSeconds=1\npollMillis=200\n"
                    + "maxAttempts=3\n");

    private static String configuration() {
        String customer = "SELECT KDNR, NAME1, EMAIL_ADR, TEL, STRASSE, PLZ, ORT, LAND FROM KUNDE ";
        String order = "SELECT AUFNR, KDNR, STATUS, DATUM, VERSAND, SENDUNG FROM AUFTRAG ";
        return String.join("\n",
                "name=erp",
                "url=" + postgres.url(),
                "user=postgres",
                "password=" + PASSWORD,
                "timeZone=Europe/Berlin",
                "customerByIdSql=" + customer + "WHERE KDNR = :customerId::integer",
                "customerByEmailSql=" + customer + "WHERE LOWER(EMAIL_ADR) = :email",
                "customerColumns=id=KDNR, name=NAME1, email=EMAIL_ADR, phone=TEL, line1=STRASSE, postalCode=PLZ, city=ORT, "
                        + "countryCode=LAND",
                "orderByNumberSql=" + order + "WHERE AUFNR = :orderId",
                "ordersOfCustomerSql=" + order + "WHERE KDNR = :customerId::integer ORDER BY DATUM DESC",
                "orderColumns=number=AUFNR, customerId=KDNR, status=STATUS, placedAt=DATUM, carrier=VERSAND, "
                        + "trackingNumber=SENDUNG",
                "orderLinesSql=SELECT ARTNR, BEZ, MENGE, PREIS FROM AUFPOS WHERE AUFNR = :orderId ORDER BY POS",
                "orderLineColumns=sku=ARTNR, title=BEZ, quantity=MENGE, unitPrice=PREIS",
                "statusMapping=N=PENDING, B=PAID, S=SHIPPED, X=CANCELLED, 3=DELIVERED",
                "inboxSql=SELECT NR, KDNR, TEXT, ERSTELLT FROM NACHRICHT WHERE NR > :after ORDER BY NR",
                "inboxColumns=id=NR, customer=KDNR, text=TEXT, created=ERSTELLT",
                "inboxReplySql=UPDATE NACHRICHT SET ANTWORT = :reply, BEANTWORTET = :repliedAt WHERE NR = :messageId",
                "inboxPollSeconds=1",
                "");
    }

    private static void createLegacySchema(ExtensionContext context) throws SQLException {
        execute("CREATE TABLE KUNDE (KDNR INTEGER NOT NULL PRIMARY KEY, NAME1 VARCHAR(60), EMAIL_ADR VARCHAR(100), "
                        + "TEL VARCHAR(30), STRASSE VARCHAR(60), PLZ CHAR(5), ORT VARCHAR(40), LAND CHAR(2))",
                "CREATE TABLE AUFTRAG (AUFNR VARCHAR(10) NOT NULL PRIMARY KEY, KDNR INTEGER NOT NULL, "
                        + "STATUS CHAR(1) NOT NULL, DATUM TIMESTAMP NOT NULL, VERSAND VARCHAR(20), SENDUNG VARCHAR(40))",
                "CREATE TABLE AUFPOS (AUFNR VARCHAR(10) NOT NULL, POS INTEGER NOT NULL, ARTNR VARCHAR(20) NOT NULL, "
                        + "BEZ VARCHAR(60), MENGE INTEGER NOT NULL, PREIS DECIMAL(10,2) NOT NULL, PRIMARY KEY (AUFNR, POS))",
                "CREATE TABLE NACHRICHT (NR INTEGER NOT NULL PRIMARY KEY, KDNR INTEGER, TEXT VARCHAR(2000) NOT NULL, "
                        + "ERSTELLT TIMESTAMP NOT NULL, ANTWORT VARCHAR(4000), BEANTWORTET TIMESTAMP)",
                "INSERT INTO KUNDE VALUES (5001, 'Grace Hopper', 'grace@legacy.example', '+1 202 555 0143', "
                        + "'1 Navy Yard', '20374', 'Washington', 'US')",
                "INSERT INTO AUFTRAG VALUES ('700123', 5001, 'S', '2026-11-28 09:12:00', 'UPS', '1Z999AA10123456784')",
                "INSERT INTO AUFTRAG VALUES ('700124', 5001, 'B', '2026-12-01 15:30:00', NULL, NULL)",
                "INSERT INTO AUFPOS VALUES ('700123', 1, 'KBD-0042', 'Mechanical keyboard', 1, 129.00)");
    }

    @Test
    void anOrderStatusConversationAnswersFromTheLegacyDatabase() {
        ParleyApi api = new ParleyApi(parley, API_KEY);
        String conversation = api.newConversation("5001");

        JsonObject answer = api.say(conversation, "Where is my order 700123?");

        // only the legacy database knows customer 5001, order 700123 and its parcel
        assertThat(answer.get("reply").getAsString()).contains("Grace", "Order 700123", "UPS", "1Z999AA10123456784");
        JsonObject next = api.say(conversation, "What is the status of order 700124?");
        assertThat(next.get("reply").getAsString()).contains("700124");
    }

    @Test
    void aRowOfTheLegacyInboxIsAnsweredOnce() throws Exception {
        execute("INSERT INTO NACHRICHT (NR, KDNR, TEXT, ERSTELLT) VALUES (1, 5001, 'Where is my order 700123?', "
                + "'2026-12-04 10:00:00')");

        Await.until("the inbox row is answered", Duration.ofSeconds(30),
                () -> query("SELECT ANTWORT FROM NACHRICHT WHERE NR = 1") != null);

        assertThat(query("SELECT ANTWORT FROM NACHRICHT WHERE NR = 1")).contains("Order 700123", "UPS");
        assertThat(query("SELECT BEANTWORTET FROM NACHRICHT WHERE NR = 1")).isNotNull();
        assertThat(query("SELECT COUNT(*) FROM parley_jdbc_inbox")).as("state is kept in the store, not here").isNull();
    }

    @Test
    void aReplyTheLegacyTableKeepsRefusingIsADeadLetterDeliveredAfterReplay() throws Exception {
        // the legacy system refuses an answer to message 2 until its admin drops the rule
        execute("ALTER TABLE NACHRICHT ADD CONSTRAINT NO_ANSWER_2 CHECK (NR <> 2 OR ANTWORT IS NULL)",
                "INSERT INTO NACHRICHT (NR, KDNR, TEXT, ERSTELLT) VALUES (2, 5001, 'Where is my order 700124?', "
                        + "'2026-12-04 10:05:00')");

        Await.until("a dead letter", Duration.ofSeconds(60), () -> deadLetter("2") != null);
        JsonObject letter = deadLetter("2");
        assertThat(letter.get("kind").getAsString()).isEqualTo("reply");
        assertThat(letter.get("attempts").getAsInt()).isEqualTo(3);
        assertThat(letter.get("reason").getAsString()).contains("SQL state 23514");
        assertThat(letter.toString()).doesNotContain("700124");
        assertThat(parley.healthMessages("Webhooks and outbox")).anyMatch(message -> message.contains("dead letters"));
        assertThat(query("SELECT ANTWORT FROM NACHRICHT WHERE NR = 2")).isNull();

        execute("ALTER TABLE NACHRICHT DROP CONSTRAINT NO_ANSWER_2");
        HttpResponse<String> replay = parley.send(HttpRequest.newBuilder(parley.uri("/system/console/parley-outbox"))
                .header("Authorization", ContainerClient.basic("admin", parley.consolePassword()))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("action=replay&id=" + letter.get("id").getAsString())));
        assertThat(replay.statusCode()).isEqualTo(200);

        Await.until("the replayed reply written", Duration.ofSeconds(30),
                () -> query("SELECT ANTWORT FROM NACHRICHT WHERE NR = 2") != null);
        assertThat(query("SELECT ANTWORT FROM NACHRICHT WHERE NR = 2")).contains("700124");
        assertThat(query("SELECT BEANTWORTET FROM NACHRICHT WHERE NR = 2")).isNotNull();
        Await.until("no dead letter left", () -> deadLetter("2") == null);
    }

    /** The outbox's dead letter of the legacy CRM's reply to an inbox row, from the admin endpoint. */
    private static JsonObject deadLetter(String row) {
        JsonObject outbox = JsonParser.parseString(parley.getAsAdmin("/system/console/parley-outbox.json").body())
                .getAsJsonObject();
        for (var element : outbox.getAsJsonArray("deadLetters")) {
            JsonObject letter = element.getAsJsonObject();
            if ("jdbc-erp".equals(letter.get("channel").getAsString()) && row.equals(letter.get("key").getAsString())) {
                return letter;
            }
        }
        return null;
    }

    @Test
    void theHealthCheckReportsTheLegacyDatabaseAndTheLogKeepsItsSecret() {
        String health = parley.get("/system/health").body();

        assertThat(health).contains("Legacy CRM erp").contains("PostgreSQL").contains("statements valid");
        assertThat(parley.log()).contains("Legacy CRM erp on jdbc:postgresql://127.0.0.1:5432/test")
                .doesNotContain(PASSWORD);
    }

    @Test
    void aBrokenConfigurationIsReportedWithItsPropertyWhileTheOthersServe() {
        parley.writeConfiguration("dev.parley.adapter.jdbc-broken.cfg", "name=broken\nurl=" + postgres.url() + "\n"
                + "customerByIdSql=SELECT * FROM KUNDE WHERE KDNR = :kundennummer\nstatusMapping=S=SHIPED\n");
        try {
            Await.until("the broken configuration is reported", () -> parley.get("/system/health").body()
                    .contains("Legacy CRM broken: configuration rejected"));
            var health = parley.get("/system/health");
            assertThat(health.statusCode()).isEqualTo(503);
            assertThat(health.body()).contains("customerByIdSql: unknown parameter :kundennummer",
                    "orderByNumberSql: missing", "statusMapping: 'SHIPED' (code S) is not one of");
            assertThat(parley.log()).contains("ERROR").contains("Legacy CRM broken: configuration dev.parley.adapter.jdbc "
                    + "rejected, adapter not started: customerByIdSql: unknown parameter :kundennummer");
            assertThat(new ParleyApi(parley, API_KEY).say(new ParleyApi(parley, API_KEY).newConversation("5001"),
                    "Where is my order 700123?").get("reply").getAsString()).contains("700123", "UPS");
        } finally {
            parley.deleteConfiguration("dev.parley.adapter.jdbc-broken.cfg");
        }
        Await.until("healthy again", () -> parley.get("/system/health").statusCode() == 200);
    }

    private static void execute(String... statements) throws SQLException {
        try (Connection connection = DriverManager.getConnection(postgres.url(), "postgres", "");
                Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    private static String query(String sql) {
        try (Connection connection = DriverManager.getConnection(postgres.url(), "postgres", "");
                Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(sql)) {
            return row.next() ? row.getString(1) : null;
        } catch (SQLException e) {
            return null; // e.g. a table that is not in the legacy schema
        }
    }
}
