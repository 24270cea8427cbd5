package dev.parley.adapter.osticket;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.sun.net.httpserver.HttpServer;

import dev.parley.api.host.Customer;
import dev.parley.store.jdbc.ConnectionPool;
import dev.parley.store.testing.TestDatabase;
import dev.parley.store.testing.TestDatabase.Backend;

/**
 * What the adapter adds to a handoff: tickets opened per second and their latency against an
 * osTicket on loopback that answers at once, and the same for retries of opened requests. Run on
 * demand: {@code mvn -B verify -pl bundles/adapter-osticket -am -Dtest=OsTicketCreateBench
 * -Dsurefire.failIfNoSpecifiedTests=false [-Dparley.bench.store=postgresql]
 * [-Dparley.bench.threads=8] [-Dparley.bench.seconds=10]}.
 */
class OsTicketCreateBench {

    @TempDir
    Path folder;
    private int warmUps;

    @Test
    void createsAndRetries() throws Exception {
        Backend backend = Backend.valueOf(System.getProperty("parley.bench.store", "h2").toUpperCase(Locale.ROOT));
        int threads = Integer.getInteger("parley.bench.threads", 8);
        int seconds = Integer.getInteger("parley.bench.seconds", 10);
        AtomicInteger numbers = new AtomicInteger(100_000);
        // the JDK's server otherwise waits for the client's delayed ACK before the body: 40 ms a call
        System.setProperty("sun.net.httpserver.nodelay", "true");
        HttpServer osticket = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 200);
        osticket.setExecutor(Executors.newFixedThreadPool(threads));
        osticket.createContext("/", exchange -> {
            exchange.getRequestBody().readAllBytes();
            byte[] number = Integer.toString(numbers.incrementAndGet()).getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(201, number.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(number);
            }
        });
        osticket.start();
        try (TestDatabase database = TestDatabase.create(backend, folder); ConnectionPool pool = database.open()) {
            pool.migrate(TicketLedger.MODULE, OsTicketAdapter.class.getClassLoader(), TicketLedger.SCRIPTS);
            OsTicketSettings loopback = TestSettings.settings(URI.create("http://127.0.0.1:"
                    + osticket.getAddress().getPort()));
            // the shipped timeouts
            OsTicketSettings settings = new OsTicketSettings(loopback.baseUrl(), loopback.apiKey(), loopback.topics(),
                    loopback.defaultTopicId(), loopback.priorities(), "API", true, true, "x", "",
                    java.time.Duration.ofMillis(2000), java.time.Duration.ofMillis(5000), 100);
            Customer customer = new Customer("C-1003", "Grace Hopper", "grace@example.com", null, null, null, null);
            OsTicketTicketService service = new OsTicketTicketService(settings, new TicketLedger(pool.dataSource()),
                    new OsTicketClient(settings), new RequesterLookup(() -> new BenchDirectory(customer), "x", ""),
                    new DeliveryMonitor(), Clock.systemUTC());
            run("warm-up", threads, 2, index -> service.create(TestSettings.request("warm-" + index)));
            List<Long> created = run("create", threads, seconds, index -> service.create(TestSettings.request("r-"
                    + index)));
            run("retry of an opened request", threads, seconds, index -> service.create(TestSettings.request("r-"
                    + index % created.size())));
            assertThat(numbers.get() - 100_000).as("one osTicket call per distinct request")
                    .isEqualTo(created.size() + warmUps);
            System.gc();
            Runtime runtime = Runtime.getRuntime();
            System.out.printf(Locale.ROOT, "osTicket heap after %d tickets: %d MB used%n", numbers.get() - 100_000,
                    (runtime.totalMemory() - runtime.freeMemory()) >> 20);
        } finally {
            osticket.stop(0);
        }
    }

    private List<Long> run(String what, int threads, int seconds, java.util.function.IntConsumer call)
            throws Exception {
        AtomicInteger next = new AtomicInteger();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<List<Long>>> futures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            futures.add(pool.submit(() -> {
                List<Long> latencies = new ArrayList<>();
                while (System.nanoTime() < end) {
                    long start = System.nanoTime();
                    call.accept(next.getAndIncrement());
                    latencies.add(System.nanoTime() - start);
                }
                return latencies;
            }));
        }
        List<Long> all = new ArrayList<>();
        for (Future<List<Long>> future : futures) {
            all.addAll(future.get());
        }
        pool.shutdown();
        Collections.sort(all);
        if (what.equals("warm-up")) {
            warmUps = all.size();
        }
        System.out.printf(Locale.ROOT, "osTicket %-28s %6d calls, %7.0f/s, p50 %.2f ms, p99 %.2f ms (%d threads)%n",
                what, all.size(), all.size() / (double) seconds, all.get(all.size() / 2) / 1e6,
                all.get((int) (all.size() * 0.99)) / 1e6, threads);
        return all;
    }

    private record BenchDirectory(Customer customer) implements dev.parley.api.host.CustomerDirectory {
        @Override
        public Optional<Customer> findById(String customerId) {
            return Optional.of(customer);
        }

        @Override
        public Optional<Customer> findByEmail(String email) {
            return Optional.empty();
        }

        @Override
        public Optional<Customer> findByPhone(String phone) {
            return Optional.empty();
        }

        @Override
        public Customer updateContact(String customerId, dev.parley.api.host.ContactUpdate update) {
            throw new UnsupportedOperationException();
        }
    }
}
