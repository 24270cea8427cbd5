package dev.parley.adapter.csv;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The drop folder: finds finished {@code *.csv} files in it, imports them and moves each to
 * {@code done/} or, when it cannot be read (at all or to the end), to {@code failed/} beside a
 * {@code <name>.reason} file. Outputs go to {@code enriched/} and {@code rejected/}.
 *
 * <p>A file is taken only once it is finished: its size and modification time must be the same at
 * two looks in a row and at least {@code settleSeconds} old. Names starting with {@code .} or
 * {@code ~} and names not ending in {@code .csv} (e.g. {@code tickets.csv.part}) are never taken,
 * so a writer that writes under another name and renames at the end is never read early.
 */
final class DropFolder {

    private static final Logger LOG = LoggerFactory.getLogger(DropFolder.class);

    static final String ENRICHED = "enriched";
    static final String REJECTED = "rejected";
    static final String DONE = "done";
    static final String FAILED = "failed";
    static final String REASON = ".reason";

    /** What the folder saw of a file at its last look. */
    private record Seen(long size, Instant modified) {
    }

    private final Path folder;
    private final long settleMillis;
    private final CsvFileImporter importer;
    private final Clock clock;
    private final Map<Path, Seen> seen = new HashMap<>();
    private final Set<Path> stuck = new HashSet<>();
    private volatile ImportSummary lastImport;
    private volatile String problem;

    DropFolder(Path folder, int settleSeconds, CsvFileImporter importer, Clock clock) {
        this.folder = folder;
        this.settleMillis = settleSeconds * 1000L;
        this.importer = importer;
        this.clock = clock;
    }

    Path folder() {
        return folder;
    }

    /** Creates the folder and its sub-folders, so that an admin can drop a file at once. */
    void create() throws IOException {
        for (String sub : List.of(ENRICHED, REJECTED, DONE, FAILED)) {
            Files.createDirectories(folder.resolve(sub));
        }
    }

    /**
     * One look at the folder: imports every finished file, oldest first.
     *
     * @throws InterruptedIOException if the import was stopped; the file stays where it is
     */
    void poll() throws InterruptedIOException {
        List<Path> ready;
        try {
            create();
            ready = finishedFiles();
        } catch (IOException e) {
            report("cannot read the folder " + folder + ": " + e.getMessage());
            return;
        }
        String storeOrOutputProblem = null;
        for (Path file : ready) {
            String outcome = importOne(file);
            if (outcome != null) {
                storeOrOutputProblem = outcome;
                break;
            }
        }
        report(storeOrOutputProblem);
    }

    /** Imports one file; returns the problem that keeps it in the folder, or {@code null}. */
    private String importOne(Path file) throws InterruptedIOException {
        String name = file.getFileName().toString();
        LOG.info("CSV import: importing {}", file);
        try {
            ImportSummary summary = importer.importFile(file, folder.resolve(ENRICHED), folder.resolve(REJECTED));
            lastImport = summary;
            if (summary.failed()) {
                fail(file, summary.failure() + ". Lines before it were imported (see " + ENRICHED + "/" + name + " and "
                        + REJECTED + "/" + name + "); fix the file and drop it again: tickets imported again replace "
                        + "their rows");
            } else {
                done(file);
            }
            return null;
        } catch (UnreadableFileException e) {
            LOG.warn("CSV import: {} cannot be imported: {}; moved to {}/", name, e.getMessage(), FAILED);
            lastImport = null;
            fail(file, e.getMessage());
            return null;
        } catch (CsvFileImporter.StoreFailure e) {
            LOG.warn("CSV import: {} not imported, {}; it stays in {} and is tried again", name, e.getMessage(), folder);
            LOG.debug("CSV import: store failure", e);
            return name + " waits: " + e.getMessage() + "; see the check 'Conversation store'";
        } catch (InterruptedIOException e) {
            throw e;
        } catch (RuntimeException e) {
            // A defect, not the file's fault; failing the file keeps it from being retried at every look.
            LOG.error("CSV import: {} failed; moved to {}/", name, FAILED, e);
            fail(file, "Parley failed on it (" + e.getClass().getName() + "); see the log at " + clock.instant());
            return null;
        } catch (IOException e) {
            LOG.warn("CSV import: {} not imported, its outputs cannot be written ({}); it stays in {} and is tried again",
                    name, e.getMessage(), folder);
            return name + " waits: the outputs cannot be written: " + e.getMessage();
        }
    }

    private void done(Path file) {
        String name = file.getFileName().toString();
        try {
            move(file, folder.resolve(DONE).resolve(name));
            Files.deleteIfExists(folder.resolve(FAILED).resolve(name + REASON));
        } catch (IOException e) {
            LOG.error("CSV import: cannot move {} to {}/ ({}); it is left where it is and not imported again until it "
                    + "changes", name, DONE, e.getMessage());
        }
    }

    private void fail(Path file, String reason) {
        String name = file.getFileName().toString();
        Path failed = folder.resolve(FAILED).resolve(name);
        try {
            Files.writeString(failed.resolveSibling(name + REASON), reason + "\n", StandardCharsets.UTF_8);
            move(file, failed);
        } catch (IOException e) {
            LOG.error("CSV import: cannot move {} to {}/ ({}); it is left where it is and not tried again until it "
                    + "changes", name, FAILED, e.getMessage());
        }
    }

    private void move(Path file, Path target) throws IOException {
        try {
            Files.move(file, target, StandardCopyOption.REPLACE_EXISTING);
            seen.remove(file);
            stuck.remove(file);
        } catch (IOException e) {
            // Not moved: remember it, or it would be imported again at every look.
            stuck.add(file);
            throw e;
        }
    }

    /** The files that did not change since the last look and are old enough, oldest first. */
    private List<Path> finishedFiles() throws IOException {
        Map<Path, Seen> now = new HashMap<>();
        List<Path> ready = new ArrayList<>();
        Instant settled = clock.instant().minusMillis(settleMillis);
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
            for (Path file : files) {
                String name = file.getFileName().toString();
                if (name.startsWith(".") || name.startsWith("~") || !name.toLowerCase(Locale.ROOT).endsWith(".csv")) {
                    continue;
                }
                BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
                if (!attributes.isRegularFile()) {
                    continue;
                }
                Seen current = new Seen(attributes.size(), attributes.lastModifiedTime().toInstant());
                now.put(file, current);
                Seen before = seen.get(file);
                if (current.equals(before) && !current.modified().isAfter(settled)) {
                    if (!stuck.contains(file)) {
                        ready.add(file);
                    }
                } else {
                    stuck.remove(file);
                }
            }
        }
        seen.clear();
        seen.putAll(now);
        ready.sort((a, b) -> now.get(a).modified().compareTo(now.get(b).modified()));
        return ready;
    }

    private void report(String current) {
        String previous = problem;
        problem = current;
        if (current == null && previous != null) {
            LOG.info("CSV import: resolved: {}", previous);
        }
    }

    /** The last file imported (read to the end or not) since the start, or {@code null}. */
    ImportSummary lastImport() {
        return lastImport;
    }

    /** What keeps files waiting in the folder now, or {@code null}. */
    String problem() {
        return problem;
    }
}
