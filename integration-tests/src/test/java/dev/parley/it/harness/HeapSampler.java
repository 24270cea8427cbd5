package dev.parley.it.harness;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * For benchmarks: samples the container's "Heap memory" health check and keeps the highest
 * reading, and reads the JVM's peak resident memory.
 */
public final class HeapSampler {

    private static final Pattern PERCENT = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*%");

    private final ParleyContainer parley;
    private double peakPercent = -1;
    private String peakMessage = "no sample";

    public HeapSampler(ParleyContainer parley) {
        this.parley = parley;
    }

    /** Samples every half second until {@code running} is false. */
    public void sampleWhile(AtomicBoolean running) {
        while (running.get()) {
            try {
                for (String message : parley.healthMessages("Heap memory")) {
                    Matcher percent = PERCENT.matcher(message);
                    if (percent.find() && Double.parseDouble(percent.group(1)) > peakPercent) {
                        peakPercent = Double.parseDouble(percent.group(1));
                        peakMessage = message;
                    }
                }
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException sampleFailed) {
                peakMessage = peakMessage + " (a sample failed: " + sampleFailed.getMessage() + ")";
            }
        }
    }

    /** The health check's message at the highest heap use seen. */
    public String peakMessage() {
        return peakMessage;
    }

    /** The JVM's peak resident memory (VmHWM) as /proc reports it. */
    public static String peakResidentMemory(ParleyContainer parley) throws Exception {
        return Files.readAllLines(Path.of("/proc/" + parley.pid() + "/status")).stream()
                .filter(line -> line.startsWith("VmHWM")).findFirst().orElse("VmHWM: unknown").replaceAll("\\s+", " ");
    }
}
