package dev.parley.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.LongSummaryStatistics;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.parley.it.harness.Distribution;
import dev.parley.it.harness.ParleyContainer;
import dev.parley.it.harness.TestBundles;
import dev.parley.it.sample.GreetingServlet;

/**
 * Measures what an admin waits for: start to a healthy /system/health, and a jar landing in
 * deploy/ to its service answering. Prints the figures; asserts only that each run worked.
 * Run with {@code mvn -B verify -Pbench}.
 */
class ContainerBench {

    private static final int STARTS = 5;
    private static final int DEPLOYS = 10;
    private static final long POLL_MS = 10;

    @TempDir
    Path work;

    @Test
    void startToHealthyAndDeployToService() throws Exception {
        List<Long> starts = new ArrayList<>();
        ParleyContainer parley = new ParleyContainer();
        Path home = Distribution.freshHome("ContainerBench");
        for (int run = 0; run < STARTS; run++) {
            starts.add(timeToHealthy(home));
        }

        parley.startFresh("ContainerBench-deploy");
        List<Long> deploys = new ArrayList<>();
        try {
            for (int run = 0; run < DEPLOYS; run++) {
                String version = "1.0." + run;
                Path jar = TestBundles.greeter(work, version);
                long started = System.nanoTime();
                parley.deploy(jar, "greeter.jar");
                while (!parley.get(GreetingServlet.PATH).body().endsWith("version=" + version)) {
                    Thread.sleep(POLL_MS);
                }
                deploys.add(Duration.ofNanos(System.nanoTime() - started).toMillis());
            }
            String memory = String.join("; ", parley.healthMessages("Heap memory"));
            report(starts, deploys, memory, peakResidentMemory(parley));
        } finally {
            parley.stop();
        }
        assertThat(starts).hasSize(STARTS);
        assertThat(deploys).hasSize(DEPLOYS);
    }

    private static long timeToHealthy(Path home) throws Exception {
        int port = Distribution.freePort();
        long started = System.nanoTime();
        Process process = Distribution.launch(home, List.of("--port", Integer.toString(port)));
        ParleyContainer probe = ParleyContainer.attach(home, port);
        try {
            while (!probe.isHealthy()) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("exited: " + Distribution.consoleOutput(home));
                }
                Thread.sleep(POLL_MS);
            }
            return Duration.ofNanos(System.nanoTime() - started).toMillis();
        } finally {
            process.destroy();
            process.waitFor();
        }
    }

    private static String peakResidentMemory(ParleyContainer parley) throws IOException {
        long pid = parley.pid();
        return Files.readAllLines(Path.of("/proc/" + pid + "/status")).stream()
                .filter(line -> line.startsWith("VmHWM")).findFirst().orElse("VmHWM: unknown").replaceAll("\\s+", " ");
    }

    private static void report(List<Long> starts, List<Long> deploys, String heap, String rss) {
        System.out.println();
        System.out.println("== Parley container benchmark ==");
        System.out.println("start to healthy (ms), " + STARTS + " starts: " + summary(starts));
        System.out.println("deploy/ jar to service answering (ms), " + DEPLOYS + " deploys: " + summary(deploys));
        System.out.println("heap after the deploys: " + heap);
        System.out.println("peak resident memory of the JVM: " + rss);
        System.out.println();
    }

    private static String summary(List<Long> millis) {
        LongSummaryStatistics statistics = millis.stream().mapToLong(Long::longValue).summaryStatistics();
        List<Long> sorted = millis.stream().sorted().toList();
        return "min " + statistics.getMin() + ", median " + sorted.get(sorted.size() / 2) + ", max "
                + statistics.getMax() + " — all: " + millis.stream().map(String::valueOf).collect(Collectors.joining(" "));
    }
}
