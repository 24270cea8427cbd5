package dev.parley.adapter.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import dev.parley.api.Priority;
import dev.parley.api.host.Address;
import dev.parley.api.host.ChangeRejectedException;
import dev.parley.api.host.ContactUpdate;
import dev.parley.api.host.Customer;
import dev.parley.api.host.Order;
import dev.parley.api.host.OrderStatus;
import dev.parley.api.host.Product;
import dev.parley.api.host.RecordNotFoundException;
import dev.parley.api.host.Ticket;
import dev.parley.api.host.TicketRequest;
import dev.parley.store.jdbc.ConnectionPool;
import dev.parley.store.testing.TestDatabase;
import dev.parley.store.testing.TestDatabase.Backend;

/** The demo CRM on the shipped etc/demo-crm.json, against real H2 and PostgreSQL. */
@ParameterizedClass
@EnumSource(Backend.class)
class DemoCrmTest {

    /** The seed file the distribution ships. */
    static final Path SHIPPED_SEED = Path.of("../../runtime/src/main/dist/etc/demo-crm.json");

    private final Backend backend;
    @TempDir
    Path folder;
    private TestDatabase database;
    private ConnectionPool pool;
    private DemoSql sql;
    private Path seed;

    DemoCrmTest(Backend backend) {
        this.backend = backend;
    }

    @BeforeEach
    void seed() throws IOException {
        database = TestDatabase.create(backend, folder);
        pool = database.open();
        pool.migrate(DemoCrm.MODULE, DemoCrm.class.getClassLoader(), DemoCrm.SCRIPTS);
        sql = new DemoSql(pool.dataSource(), pool.dialect());
        seed = Files.copy(SHIPPED_SEED, folder.resolve("demo-crm.json"));
        assertThat(new DemoSeeder(sql).seedFrom(seed)).isEqualTo(DemoSeeder.Outcome.APPLIED);
    }

    @AfterEach
    void close() throws Exception {
        pool.close();
        database.close();
    }

    @Test
    void theShippedSeedHasAdaAndHerOrdersNewestFirst() {
        Customer ada = customers().findById("C-1001").orElseThrow();
        List<Order> orders = orders().ordersOf("C-1001", 10);

        assertThat(ada.name()).isEqualTo("Ada Lovelace");
        assertThat(ada.email()).isEqualTo("ada@example.com");
        assertThat(ada.defaultAddress().countryCode()).isEqualTo("GB");
        assertThat(orders).extracting(Order::number).startsWith("100235", "100234");
        assertThat(orders).extracting(Order::placedAt).isSortedAccordingTo((a, b) -> b.compareTo(a));
        Order shipped = orders.get(1);
        assertThat(shipped.status()).isEqualTo(OrderStatus.SHIPPED);
        assertThat(shipped.trackingNumber()).isNotBlank();
        assertThat(shipped.carrier()).isNotBlank();
        assertThat(shipped.total()).isEqualByComparingTo(shipped.lines().stream()
                .map(l -> l.unitPrice().multiply(BigDecimal.valueOf(l.quantity()))).reduce(BigDecimal.ZERO, BigDecimal::add));
        assertThat(shipped.shippingAddress()).isEqualTo(ada.defaultAddress());
        Order processing = orders.get(0);
        assertThat(processing.status()).isEqualTo(OrderStatus.PROCESSING);
        assertThat(processing.placedAt()).isEqualTo(Instant.parse("2026-11-03T10:15:00Z"));
        assertThat(orders().ordersOf("C-1001", 1)).hasSize(1);
        assertThat(orders().ordersOf("C-0000", 5)).isEmpty();
        assertThat(orders().findOrder("999999")).isEmpty();
    }

    @Test
    void everyOrderIsListedForTrainingRecommendations() {
        List<Order> all = new java.util.ArrayList<>();
        orders().forEachOrder(all::add);

        assertThat(all).hasSize(60);
        assertThat(all).filteredOn(order -> "C-1001".equals(order.customerId()))
                .hasSameSizeAs(orders().ordersOf("C-1001", 100));
        assertThat(all).allSatisfy(order -> assertThat(order.lines()).isNotEmpty());
    }

    @Test
    void customersAreFoundByEmailInAnyCaseAndByPhoneDigits() {
        assertThat(customers().findByEmail("ADA@Example.com")).map(Customer::id).contains("C-1001");
        assertThat(customers().findByPhone("+442079460101")).map(Customer::id).contains("C-1001");
        assertThat(customers().findByPhone("+44 20 7946 0101")).map(Customer::id).contains("C-1001");
        assertThat(customers().findByEmail("nobody@example.com")).isEmpty();
    }

    @Test
    void onlyOrdersNotYetShippedCanBeCancelled() {
        assertThatThrownBy(() -> orders().cancel("100234", "too slow")).isInstanceOf(ChangeRejectedException.class)
                .hasMessage("order 100234 is shipped and can no longer be cancelled; once it arrives it can be returned");

        Order cancelled = orders().cancel("100235", "found it cheaper");

        assertThat(cancelled.status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(orders().findOrder("100235")).map(Order::status).contains(OrderStatus.CANCELLED);
        assertThatThrownBy(() -> orders().cancel("100235", "again")).isInstanceOf(ChangeRejectedException.class);
        assertThatThrownBy(() -> orders().cancel("999999", "x")).isInstanceOf(RecordNotFoundException.class);
    }

    @Test
    void anAddressChangeBeforeShippingPersistsAcrossAnUnchangedSeed() {
        Address office = new Address("1 Babbage Lane", "Floor 2", "EC1A 1BB", "London", null, "GB");

        orders().changeShippingAddress("100235", office);
        pool.close();
        pool = database.open();
        sql = new DemoSql(pool.dataSource(), pool.dialect());
        assertThat(new DemoSeeder(sql).seedFrom(seed)).isEqualTo(DemoSeeder.Outcome.UNCHANGED);

        assertThat(orders().findOrder("100235").orElseThrow().shippingAddress()).isEqualTo(office);
        assertThatThrownBy(() -> orders().changeShippingAddress("100234", office))
                .isInstanceOf(ChangeRejectedException.class).hasMessageContaining("can no longer be sent to another address");
        assertThatThrownBy(() -> orders().changeShippingAddress("100235",
                new Address("1 Babbage Lane", null, null, "London", null, "England")))
                .isInstanceOf(ChangeRejectedException.class).hasMessageContaining("two-letter code");
    }

    @Test
    void contactUpdatesAreValidatedAndEmailsStayUnique() {
        assertThatThrownBy(() -> customers().updateContact("C-1001", new ContactUpdate("not-an-address", null, null)))
                .isInstanceOf(ChangeRejectedException.class).hasMessageContaining("not a valid e-mail address");
        assertThatThrownBy(() -> customers().updateContact("C-1001", new ContactUpdate("Grace.Hopper@example.com", null, null)))
                .isInstanceOf(ChangeRejectedException.class).hasMessageContaining("belongs to another customer");
        assertThatThrownBy(() -> customers().updateContact("C-1001", new ContactUpdate(null, "12", null)))
                .isInstanceOf(ChangeRejectedException.class).hasMessageContaining("phone number");
        assertThatThrownBy(() -> customers().updateContact("C-9999", new ContactUpdate("x@example.com", null, null)))
                .isInstanceOf(RecordNotFoundException.class);

        Customer changed = customers().updateContact("C-1001", new ContactUpdate("Ada.King@Example.com", "0044 20 7946 0999", null));

        assertThat(changed.email()).isEqualTo("ada.king@example.com");
        assertThat(changed.phone()).isEqualTo("+442079460999");
        assertThat(changed.defaultAddress().city()).isEqualTo("London");
        assertThat(customers().findByEmail("ada.king@example.com")).map(Customer::id).contains("C-1001");
        assertThat(customers().findByEmail("ada@example.com")).isEmpty();
    }

    @Test
    void ticketsAreIdempotentOnTheRequestId() {
        TicketRequest request = new TicketRequest("req-1", "Refund for 100234", "The customer wants a refund", "billing",
                Priority.HIGH, "C-1001", "conv-1", List.of("refund"), "customer: refund please");

        Ticket first = tickets().create(request);
        Ticket retry = tickets().create(request);
        Ticket other = tickets().create(new TicketRequest("req-2", "Other", "d", "support", Priority.LOW, null, null, null, null));

        assertThat(first.id()).matches("T-\\d{6}");
        assertThat(retry).isEqualTo(first);
        assertThat(other.id()).isNotEqualTo(first.id());
        assertThat(tickets().find(first.id())).contains(first);
        assertThat(first.queue()).isEqualTo("billing");
        tickets().addComment(first.id(), "customer wrote again", true);
        tickets().addComment(first.id(), "internal note", false);
        assertThatThrownBy(() -> tickets().addComment("T-999999", "x", false)).isInstanceOf(RecordNotFoundException.class);
    }

    @Test
    void productsAreFoundBySkuAndByWordsOfAQuestion() {
        Product jacket = products().findBySku("jkt-2041").orElseThrow();

        assertThat(jacket.title()).isEqualTo("Blue rain jacket");
        assertThat(products().search("Do you still have the blue rain jacket?", 3)).first()
                .extracting(Product::sku).isEqualTo("JKT-2041");
        assertThat(products().search("red rain jacket", 5)).first().satisfies(p -> {
            assertThat(p.inStock()).isZero();
            assertThat(p.restockDate()).isEqualTo(LocalDate.of(2026, 12, 4));
        });
        assertThat(products().search("the", 5)).isEmpty();
    }

    @Test
    void aMalformedSeedChangesNothingAndAChangedOneIsApplied() throws IOException {
        Files.writeString(seed, "{\"customers\": [ {\"id\": \"C-1001\", \"name\": \"Ada\" ");
        assertThat(new DemoSeeder(sql).seedFrom(seed)).isEqualTo(DemoSeeder.Outcome.REJECTED);
        assertThat(customers().findById("C-1001").orElseThrow().name()).isEqualTo("Ada Lovelace");

        String renamed = Files.readString(SHIPPED_SEED).replace("\"Ada Lovelace\"", "\"Ada King\"");
        Files.writeString(seed, renamed);
        assertThat(new DemoSeeder(sql).seedFrom(seed)).isEqualTo(DemoSeeder.Outcome.APPLIED);
        assertThat(customers().findById("C-1001").orElseThrow().name()).isEqualTo("Ada King");
        assertThat(orders().ordersOf("C-1001", 10)).hasSizeGreaterThanOrEqualTo(2);
    }

    private DemoCustomerDirectory customers() {
        return new DemoCustomerDirectory(sql);
    }

    private DemoOrderService orders() {
        return new DemoOrderService(sql);
    }

    private DemoTicketService tickets() {
        return new DemoTicketService(sql);
    }

    private DemoProductCatalog products() {
        return new DemoProductCatalog(sql);
    }
}
