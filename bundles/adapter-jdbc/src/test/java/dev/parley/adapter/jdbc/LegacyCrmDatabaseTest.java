package dev.parley.adapter.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import dev.parley.adapter.jdbc.LegacySchema.Backend;
import dev.parley.api.host.ChangeRejectedException;
import dev.parley.api.host.ContactUpdate;
import dev.parley.api.host.Customer;
import dev.parley.api.host.HostUnavailableException;
import dev.parley.api.host.Order;
import dev.parley.api.host.OrderStatus;
import dev.parley.api.host.RecordNotFoundException;

/** The adapter on a legacy schema in H2, PostgreSQL and MariaDB: the same statements an admin would write for each. */
class LegacyCrmDatabaseTest {

    @TempDir
    Path folder;

    private LegacySchema schema;
    private LegacyDatabase database;

    @AfterEach
    void close() throws Exception {
        if (database != null) {
            database.close();
        }
        if (schema != null) {
            schema.close();
        }
    }

    private LegacyDatabase open(Backend backend, Map<String, Object> changes) throws Exception {
        schema = LegacySchema.create(backend, folder);
        Map<String, Object> values = schema.configuration();
        values.putAll(changes);
        database = new LegacyDatabase(schema.factory(), Settings.of(TestConfig.of(values)));
        return database;
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void findsACustomerThroughTheColumnMapping(Backend backend) throws Exception {
        LegacyCustomerDirectory customers = new LegacyCustomerDirectory(open(backend, Map.of()));

        Customer ada = customers.findById("1001").orElseThrow();

        assertThat(ada.id()).isEqualTo("1001");
        assertThat(ada.name()).isEqualTo("Ada Lovelace");
        assertThat(ada.email()).isEqualTo("ada@example.com");
        assertThat(ada.phone()).isEqualTo("+44 20 7946 0101");
        assertThat(ada.defaultAddress().line1()).isEqualTo("12 St James's Square");
        assertThat(ada.defaultAddress().postalCode()).isEqualTo("SW1Y"); // CHAR(5) padding trimmed
        assertThat(ada.defaultAddress().countryCode()).isEqualTo("GB");
        assertThat(ada.since()).isEqualTo(Instant.parse("2023-03-14T09:02:00Z")); // stored in Berlin time
        assertThat(customers.findById("9999")).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void findsByEmailAndPhoneButNeverGuessesBetweenTwo(Backend backend) throws Exception {
        LegacyCustomerDirectory customers = new LegacyCustomerDirectory(open(backend, Map.of()));

        assertThat(customers.findByEmail("ADA@example.com")).map(Customer::id).contains("1001");
        assertThat(customers.findByPhone("+442079460101")).map(Customer::id).contains("1001");
        assertThat(customers.findByEmail("twin@example.com")).isEmpty();
        assertThat(customers.findByEmail("x' OR '1'='1")).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void aValueTheDatabaseCannotConvertIsNotRepeatedInTheFailure(Backend backend) throws Exception {
        LegacyCustomerDirectory customers = new LegacyCustomerDirectory(open(backend, Map.of()));

        // PostgreSQL and H2 refuse the text for the integer KDNR and quote it; MariaDB compares it as 0
        Throwable failure = catchThrowable(() -> assertThat(customers.findById("ada@example.com")).isEmpty());

        if (failure != null) {
            assertThat(failure).isInstanceOf(HostUnavailableException.class).hasNoCause()
                    .hasMessageContaining("legacy CRM database 'erp' failed looking a customer up")
                    .hasMessageNotContaining("ada@example.com");
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void findsAnOrderWithItsLinesAndMappedStatus(Backend backend) throws Exception {
        LegacyOrderService orders = new LegacyOrderService(open(backend, Map.of()));

        Order order = orders.findOrder("A-100234").orElseThrow();

        assertThat(order.status()).isEqualTo(OrderStatus.SHIPPED);
        assertThat(order.customerId()).isEqualTo("1001");
        assertThat(order.placedAt()).isEqualTo(Instant.parse("2026-10-28T08:12:00Z"));
        assertThat(order.carrier()).isEqualTo("DHL");
        assertThat(order.trackingNumber()).isEqualTo("00340434161234567890");
        assertThat(order.estimatedDelivery()).isEqualTo(LocalDate.of(2026, 11, 2));
        assertThat(order.lines()).extracting(l -> l.sku() + " x" + l.quantity()).containsExactly("JKT-2041 x1", "SCK-0001 x3");
        assertThat(order.total()).isEqualByComparingTo(new BigDecimal("118.40"));
        assertThat(order.currency()).isEqualTo("EUR");
        assertThat(orders.findOrder("A-999999")).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void listsACustomersOrdersNewestFirst(Backend backend) throws Exception {
        LegacyOrderService orders = new LegacyOrderService(open(backend, Map.of()));

        assertThat(orders.ordersOf("1001", 2)).extracting(Order::number).containsExactly("A-100235", "A-100234");
        assertThat(orders.ordersOf("1001", 5)).extracting(Order::status)
                .containsExactly(OrderStatus.PAID, OrderStatus.SHIPPED, OrderStatus.DELIVERED);
        assertThat(orders.ordersOf("4711", 5)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void aStatusCodeOutsideTheMappingIsReportedNotGuessed(Backend backend) throws Exception {
        LegacyOrderService orders = new LegacyOrderService(open(backend, Map.of()));

        assertThatThrownBy(() -> orders.findOrder("A-100237")).isInstanceOf(HostUnavailableException.class)
                .hasMessageContaining("order status code 'Q' is not in statusMapping");
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void cancelsOnlyWhatTheLegacyRulesAllow(Backend backend) throws Exception {
        LegacyOrderService orders = new LegacyOrderService(open(backend, Map.of()));

        assertThat(orders.cancel("A-100235", "changed my mind").status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(schema.queryOne("SELECT STORNO_GRUND FROM AUFTRAG WHERE AUFNR = 'A-100235'")).isEqualTo("changed my mind");
        assertThatThrownBy(() -> orders.cancel("A-100234", "too late")).isInstanceOf(ChangeRejectedException.class)
                .hasMessage("order A-100234 is shipped and can no longer be cancelled");
        assertThatThrownBy(() -> orders.cancel("A-999999", "no such")).isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> orders.changeShippingAddress("A-100235",
                new dev.parley.api.host.Address("1 Main St", null, null, "Leeds", null, "GB")))
                .isInstanceOf(ChangeRejectedException.class).hasMessageContaining("changeShippingAddressSql");
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void changesOnlyWhatAStatementIsConfiguredFor(Backend backend) throws Exception {
        LegacyCustomerDirectory customers = new LegacyCustomerDirectory(open(backend, Map.of()));

        assertThat(customers.updateContact("1001", new ContactUpdate("ada@lovelace.example", null, null)).email())
                .isEqualTo("ada@lovelace.example");
        assertThatThrownBy(() -> customers.updateContact("1001", new ContactUpdate("x@example.com", "+4930123456", null)))
                .isInstanceOf(ChangeRejectedException.class).hasMessageContaining("updatePhoneSql");
        assertThat(schema.queryOne("SELECT EMAIL_ADR FROM KUNDE WHERE KDNR = 1001")).isEqualTo("ada@lovelace.example");
        assertThatThrownBy(() -> customers.updateContact("4711", new ContactUpdate("x@example.com", null, null)))
                .isInstanceOf(RecordNotFoundException.class);
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void theHealthCheckFindsStatementsAndColumnsThatDoNotFit(Backend backend) throws Exception {
        LegacyDatabase good = open(backend, Map.of());
        try (Connection connection = good.connection()) {
            assertThat(StatementCheck.check(connection, good.settings())).isEqualTo(
                    new StatementCheck.Findings(java.util.List.of(), java.util.List.of()));
        }
        Map<String, Object> values = schema.configuration();
        values.put("customerColumns", "id=KDNR, name=NAME2");
        values.put("orderLinesSql", "SELECT ARTNR, BEZ, MENGE, PREIS FROM AUFPOSITION WHERE AUFNR = :orderId");
        try (LegacyDatabase bad = new LegacyDatabase(schema.factory(), Settings.of(TestConfig.of(values)));
                Connection connection = bad.connection()) {
            assertThat(StatementCheck.check(connection, bad.settings()).invalid())
                    .anySatisfy(p -> assertThat(p).startsWith("customerByIdSql returns no column NAME2 (field name)"))
                    .anySatisfy(p -> assertThat(p).startsWith("orderLinesSql is not valid here"));
            assertThatThrownBy(() -> new LegacyCustomerDirectory(bad).findById("1001"))
                    .isInstanceOf(HostUnavailableException.class).hasMessageContaining("returns no column NAME2");
        }
    }
}
