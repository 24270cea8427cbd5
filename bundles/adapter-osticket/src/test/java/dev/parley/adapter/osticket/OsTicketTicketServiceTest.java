package dev.parley.adapter.osticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import dev.parley.api.host.ChangeRejectedException;
import dev.parley.api.host.Customer;
import dev.parley.api.host.CustomerDirectory;
import dev.parley.api.host.HostUnavailableException;
import dev.parley.api.host.RecordNotFoundException;
import dev.parley.api.host.Ticket;
import dev.parley.api.host.TicketRequest;
import dev.parley.store.jdbc.ConnectionPool;
import dev.parley.store.testing.TestDatabase;
import dev.parley.store.testing.TestDatabase.Backend;

/** Idempotency and lookups of the ticket service against real H2 and PostgreSQL; osTicket is mocked. */
@ParameterizedClass
@EnumSource(Backend.class)
class OsTicketTicketServiceTest {

    private static final Customer CUSTOMER = new Customer("C-1003", "Grace Hopper", "grace@example.com", null, null,
            null, null);

    private final Backend backend;
    @TempDir
    Path folder;
    private TestDatabase database;
    private ConnectionPool pool;
    private final OsTicketClient client = mock(OsTicketClient.class);
    private final CustomerDirectory directory = mock(CustomerDirectory.class);
    private final DeliveryMonitor monitor = new DeliveryMonitor();
    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-12-04T10:00:00Z"));
    private final OsTicketSettings settings = TestSettings.settings(URI.create("https://help.example.com"));
    private TicketLedger ledger;
    private OsTicketTicketService service;

    OsTicketTicketServiceTest(Backend backend) {
        this.backend = backend;
    }

    @BeforeEach
    void open() {
        database = TestDatabase.create(backend, folder);
        pool = database.open();
        pool.migrate(TicketLedger.MODULE, OsTicketAdapter.class.getClassLoader(), TicketLedger.SCRIPTS);
        ledger = new TicketLedger(pool.dataSource());
        when(directory.findById("C-1003")).thenReturn(Optional.of(CUSTOMER));
        service = service("");
    }

    private OsTicketTicketService service(String anonymousEmail) {
        Clock clock = new Clock() {
            @Override
            public Instant instant() {
                return now.get();
            }

            @Override
            public java.time.ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }
        };
        return new OsTicketTicketService(settings, ledger, client,
                new RequesterLookup(() -> directory, "Chat customer", anonymousEmail), monitor, clock);
    }

    @AfterEach
    void close() throws Exception {
        pool.close();
        database.close();
    }

    @Test
    void aTicketIsOpenedForTheCustomerAndFoundByItsNumber() {
        when(client.create(anyString())).thenReturn("654321");

        Ticket ticket = service.create(TestSettings.request("parley:conv-1:m-1"));

        assertThat(ticket.id()).isEqualTo("654321");
        assertThat(ticket.queue()).isEqualTo("shipping");
        assertThat(ticket.status()).isEqualTo("open");
        assertThat(ticket.url()).isEqualTo("https://help.example.com/scp/tickets.php?number=654321");
        assertThat(service.find("654321")).contains(ticket);
        assertThat(service.find("999999")).isEmpty();
        verify(client).create(org.mockito.ArgumentMatchers.contains("\"email\":\"grace@example.com\""));
        assertThat(monitor.lastSuccess()).isPresent();
    }

    @Test
    void aRepeatedCreateWithTheSameRequestIdOpensNoSecondTicket() {
        when(client.create(anyString())).thenReturn("654321", "654322");

        Ticket first = service.create(TestSettings.request("parley:conv-1:m-1"));
        Ticket again = service.create(TestSettings.request("parley:conv-1:m-1"));
        Ticket other = service.create(TestSettings.request("parley:conv-1:m-2"));

        assertThat(again).isEqualTo(first);
        assertThat(other.id()).isEqualTo("654322");
        verify(client, times(2)).create(anyString());
    }

    @Test
    void aRequestThatSurelyFailedIsSentAgainOnRetry() {
        when(client.create(anyString()))
                .thenThrow(new OsTicketFailure(new HostUnavailableException("refused"), false))
                .thenReturn("654321");

        assertThatThrownBy(() -> service.create(TestSettings.request("r-1"))).isInstanceOf(HostUnavailableException.class);
        assertThat(monitor.lastFailure()).isPresent();
        assertThat(ledger.byRequest("r-1").orElseThrow().state()).isEqualTo(TicketLedger.State.NOT_CREATED);

        assertThat(service.create(TestSettings.request("r-1")).id()).isEqualTo("654321");
        assertThat(monitor.lastFailure()).isEmpty();
    }

    @Test
    void aRequestWithoutAnAnswerIsSentAgainRatherThanLost() {
        when(client.create(anyString()))
                .thenThrow(new OsTicketFailure(new HostUnavailableException("timed out"), true))
                .thenReturn("654321");

        assertThatThrownBy(() -> service.create(TestSettings.request("r-1"))).isInstanceOf(HostUnavailableException.class);
        assertThat(ledger.byRequest("r-1").orElseThrow().state()).isEqualTo(TicketLedger.State.UNKNOWN);

        assertThat(service.create(TestSettings.request("r-1")).id()).isEqualTo("654321");
        assertThat(ledger.byRequest("r-1").orElseThrow().attempts()).isEqualTo(2);
    }

    @Test
    void aRequestBeingSentIsNotSentTwiceUntilItsAttemptHasSurelyEnded() {
        TicketRequest request = TestSettings.request("r-1");
        // another container recorded the attempt and has not finished it (or crashed while sending)
        assertThat(ledger.start(request, settings.topicOf("shipping"), now.get())).isTrue();

        assertThatThrownBy(() -> service.create(request)).isInstanceOf(HostUnavailableException.class)
                .hasMessageContaining("being opened right now");
        verify(client, never()).create(anyString());

        now.set(now.get().plus(settings.connectTimeout()).plus(settings.readTimeout()).plus(Duration.ofSeconds(6)));
        when(client.create(anyString())).thenReturn("654321");
        assertThat(service.create(request).id()).isEqualTo("654321");
    }

    @Test
    void aRejectedTicketIsReportedAndRecordedAsNotCreated() {
        when(client.create(anyString())).thenThrow(new OsTicketFailure(new ChangeRejectedException("HTTP 400"), false));

        assertThatThrownBy(() -> service.create(TestSettings.request("r-1"))).isInstanceOf(ChangeRejectedException.class);
        assertThat(ledger.byRequest("r-1").orElseThrow().state()).isEqualTo(TicketLedger.State.NOT_CREATED);
    }

    @Test
    void withoutTheCustomersAddressNothingIsSentUnlessAnAnonymousOneIsConfigured() {
        TicketRequest anonymous = new TicketRequest("r-anon", "s", "d", "general", dev.parley.api.Priority.NORMAL,
                null, "conv-2", null, null);

        assertThatThrownBy(() -> service.create(anonymous)).isInstanceOf(ChangeRejectedException.class)
                .hasMessageContaining("the customer is not identified").hasMessageContaining("anonymousEmail");
        assertThat(ledger.byRequest("r-anon")).isEmpty();
        verify(client, never()).create(anyString());

        when(client.create(anyString())).thenReturn("654321");
        assertThat(service("chat@shop.example").create(anonymous).id()).isEqualTo("654321");
        verify(client).create(org.mockito.ArgumentMatchers.contains("\"email\":\"chat@shop.example\""));
    }

    @Test
    void commentsCannotReachOsTicketAndSaySo() {
        when(client.create(anyString())).thenReturn("654321");
        service.create(TestSettings.request("r-1"));

        assertThatThrownBy(() -> service.addComment("654321", "any news?", true))
                .isInstanceOf(UnsupportedOperationException.class).hasMessageContaining("osTicket's ticket API");
        assertThatThrownBy(() -> service.addComment("111111", "any news?", true))
                .isInstanceOf(RecordNotFoundException.class);
    }

    @Test
    void aVeryLongRequestIdIsKeptAsItsHash() {
        when(client.create(anyString())).thenReturn("654321");
        String longId = "parley:" + "x".repeat(400);

        service.create(TestSettings.request(longId));

        assertThat(service.create(TestSettings.request(longId)).id()).isEqualTo("654321");
        verify(client, times(1)).create(anyString());
        assertThat(ledger.byRequest(longId).orElseThrow().requestId()).startsWith("sha256:");
    }
}
