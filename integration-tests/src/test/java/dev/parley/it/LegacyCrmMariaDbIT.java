package dev.parley.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.parley.it.harness.ParleyApi;
import dev.parley.it.harness.ParleyContainer;

/**
 * The shipped container on a legacy CRM database in MariaDB (127.0.0.1:3306, user root): MariaDB
 * Connector/J registers no {@code DataSourceFactory}, so this checks the adapter's own one over
 * the driver bundle of the distribution. A database of its own is created and dropped; an
 * unreachable MariaDB skips the test, or fails it with {@code CI=true}.
 */
class LegacyCrmMariaDbIT {

    private static final String API_KEY = "legacy-crm-mariadb-it-key";
    private static final String ADMIN_URL = "jdbc:mariadb://127.0.0.1:3306/test?connectTimeout=2000";

    @RegisterExtension
    @Order(1)
    static final LegacyDatabase legacy = new LegacyDatabase();

    @RegisterExtension
    @Order(2)
    static final ParleyContainer parley = new ParleyContainer().withEnvironment("PARLEY_API_KEY", API_KEY)
            .withConfiguration("dev.parley.adapter.jdbc-shop.cfg", String.join("\n",
                    "name=shop",
                    "url=jdbc:mariadb://127.0.0.1:3306/" + legacy.name,
                    "user=root",
                    "customerByIdSql=SELECT KDNR AS id, NAME1 AS name, EMAIL_ADR AS email FROM KUNDE WHERE KDNR = :customerId",
                    "orderByNumberSql=SELECT AUFNR AS number, KDNR AS customerId, STATUS, DATUM AS placedAt, VERSAND AS carrier "
                            + "FROM AUFTRAG WHERE AUFNR = :orderId",
                    "ordersOfCustomerSql=SELECT AUFNR AS number, KDNR AS customerId, STATUS, DATUM AS placedAt, "
                            + "VERSAND AS carrier FROM AUFTRAG WHERE KDNR = :customerId ORDER BY DATUM DESC",
                    "statusMapping=S=SHIPPED, B=PAID",
                    ""));

    @Test
    void answersFromALegacyDatabaseInMariaDb() {
        assertThat(parley.get("/system/health").body()).contains("Legacy CRM shop").contains("MariaDB")
                .contains("statements valid");

        ParleyApi api = new ParleyApi(parley, API_KEY);
        String reply = api.say(api.newConversation("6001"), "Where is my order 800555?").get("reply").getAsString();

        assertThat(reply).contains("Order 800555", "GLS");
    }

    /** The legacy database, created before the container starts and dropped after the tests. */
    static final class LegacyDatabase implements BeforeAllCallback, AfterAllCallback {

        final String name = "legacy_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        private boolean created;

        @Override
        public void beforeAll(ExtensionContext context) throws SQLException {
            try (Connection admin = DriverManager.getConnection(ADMIN_URL, "root", "")) {
                admin.createStatement().execute("CREATE DATABASE " + name);
                created = true;
            } catch (SQLException e) {
                if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                    Assertions.fail("MariaDB must be reachable at 127.0.0.1:3306 (user root) when CI=true: "
                            + e.getMessage(), e);
                }
                Assumptions.abort("MariaDB not reachable at 127.0.0.1:3306, skipped: " + e.getMessage());
            }
            try (Connection connection = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:3306/" + name, "root", "");
                    Statement statement = connection.createStatement()) {
                statement.execute("CREATE TABLE KUNDE (KDNR INTEGER NOT NULL PRIMARY KEY, NAME1 VARCHAR(60), "
                        + "EMAIL_ADR VARCHAR(100))");
                statement.execute("CREATE TABLE AUFTRAG (AUFNR VARCHAR(10) NOT NULL PRIMARY KEY, KDNR INTEGER NOT NULL, "
                        + "STATUS CHAR(1) NOT NULL, DATUM DATETIME NOT NULL, VERSAND VARCHAR(20))");
                statement.execute("INSERT INTO KUNDE VALUES (6001, 'Margaret Hamilton', 'margaret@legacy.example')");
                statement.execute("INSERT INTO AUFTRAG VALUES ('800555', 6001, 'S', '2026-11-30 11:00:00', 'GLS')");
            }
        }

        @Override
        public void afterAll(ExtensionContext context) throws SQLException {
            if (created) {
                try (Connection admin = DriverManager.getConnection(ADMIN_URL, "root", "")) {
                    admin.createStatement().execute("DROP DATABASE " + name);
                }
            }
        }
    }
}
