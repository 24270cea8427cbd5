package dev.parley.adapter.csv;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.InterruptedIOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Imports one ticket export, record by record, in constant memory: each valid row is enriched,
 * written to the enriched output and stored in batches; each invalid row goes to the reject file
 * with its line number and the reason. Logs progress and the summary at INFO, without customer data.
 */
final class CsvFileImporter {

    private static final Logger LOG = LoggerFactory.getLogger(CsvFileImporter.class);

    /** How many characters the header may take. */
    private static final int HEADER_LIMIT = 1024 * 1024;

    /** A failure of the store's database: the file is tried again later, not failed. */
    static final class StoreFailure extends Exception {
        private static final long serialVersionUID = 1L;

        StoreFailure(SQLException cause) {
            super("the store's database failed (SQL state " + cause.getSQLState() + ")", cause);
        }
    }

    private final ImportSettings settings;
    private final TicketEnricher enricher;
    private final TicketTable table;
    private final BooleanSupplier stopRequested;

    /**
     * @param stopRequested checked before each row: a stop ends the import between rows, not by
     *     interrupting a thread, because an interrupt in the middle of a file write closes H2's
     *     database file
     */
    CsvFileImporter(ImportSettings settings, TicketEnricher enricher, TicketTable table, BooleanSupplier stopRequested) {
        this.settings = settings;
        this.enricher = enricher;
        this.table = table;
        this.stopRequested = stopRequested;
    }

    /**
     * Imports a file into {@code enriched/<name>} and {@code rejected/<name>} of its folder.
     *
     * @return what was imported; {@link ImportSummary#failure()} says why the rest of the file
     *     could not be read, if it could not
     * @throws UnreadableFileException if not a single row can be read (no header, no ticket id column)
     * @throws StoreFailure if the database failed; nothing of the outputs is kept and the file
     *     should be imported again later (rows already stored are replaced then, not duplicated)
     * @throws InterruptedIOException if a stop was requested; the outputs are discarded
     * @throws IOException if the outputs cannot be written; what was written of them is discarded
     */
    ImportSummary importFile(Path file, Path enrichedFolder, Path rejectedFolder)
            throws UnreadableFileException, StoreFailure, IOException {
        String name = file.getFileName().toString();
        Instant start = Instant.now();
        Reader reader;
        try {
            reader = open(file);
        } catch (IOException e) {
            throw new UnreadableFileException("it cannot be opened: " + e, e);
        }
        try (RecordLengthGuard guard = new RecordLengthGuard(reader, HEADER_LIMIT);
                CSVParser parser = CSVParser.builder().setReader(guard).setFormat(format()).get()) {
            Iterator<CSVRecord> records = parser.iterator();
            List<String> header = header(records);
            ColumnMapping mapping = ColumnMapping.of(header, settings.columnNames());
            if (!mapping.unmapped().isEmpty()) {
                LOG.info("CSV import: {} has no column for {}; those stay empty", name,
                        mapping.unmapped().stream().map(Column::description).toList());
            }
            guard.limit((long) settings.maxFieldLength() * (header.size() + 1));
            TicketParser tickets = new TicketParser(header, mapping, settings.dates(), settings.maxFieldLength());
            List<String> enrichedHeader = new ArrayList<>(header);
            enrichedHeader.addAll(Enrichment.COLUMNS);
            List<String> rejectHeader = new ArrayList<>(List.of("line", "reason"));
            rejectHeader.addAll(header);
            try (OutputCsv enriched = new OutputCsv(enrichedFolder.resolve(name), settings.charset(), settings.delimiter(),
                    enrichedHeader);
                    OutputCsv rejected = new OutputCsv(rejectedFolder.resolve(name), settings.charset(),
                            settings.delimiter(), rejectHeader)) {
                Run run = new Run(name, parser, guard, tickets, enriched, rejected, start);
                try {
                    run.readAll(records);
                    run.flush();
                } catch (StoreFailure | IOException | RuntimeException e) {
                    enriched.discard();
                    rejected.discard();
                    throw e;
                }
                enriched.commit();
                rejected.commit();
                ImportSummary summary = run.summary();
                log(summary);
                return summary;
            }
        }
    }

    private Reader open(Path file) throws IOException {
        // Malformed bytes are an error, not a silent replacement character in the stored data.
        return new BufferedReader(new InputStreamReader(Files.newInputStream(file), settings.charset().newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)));
    }

    private CSVFormat format() {
        // Blank lines are kept as records so that line numbers stay exact; the import skips them.
        return CSVFormat.RFC4180.builder().setDelimiter(settings.delimiter()).setIgnoreEmptyLines(false)
                .setTrailingData(true).get();
    }

    private List<String> header(Iterator<CSVRecord> records) throws UnreadableFileException {
        try {
            while (records.hasNext()) {
                List<String> header = new ArrayList<>(records.next().toList());
                // A byte order mark (Excel writes one) decodes to U+FEFF before the first name.
                header.set(0, header.get(0).startsWith("\uFEFF") ? header.get(0).substring(1) : header.get(0));
                if (!(header.size() == 1 && header.get(0).isBlank())) {
                    return header;
                }
            }
        } catch (UncheckedIOException e) {
            throw new UnreadableFileException("its header cannot be read: " + describe(e.getCause()), e);
        }
        throw new UnreadableFileException("it is empty: a ticket export starts with a header line");
    }

    private static void log(ImportSummary summary) {
        if (summary.failed()) {
            LOG.warn("CSV import: {} read in part: {} rows read, {} imported, {} rejected, {} rows/s; {}", summary.file(),
                    summary.rowsRead(), summary.imported(), summary.rejected(), summary.rowsPerSecond(), summary.failure());
        } else {
            LOG.info("CSV import: {} done: {} rows read, {} imported, {} rejected, {} rows/s", summary.file(),
                    summary.rowsRead(), summary.imported(), summary.rejected(), summary.rowsPerSecond());
        }
    }

    private String describe(IOException e) {
        if (e instanceof CharacterCodingException) {
            // Bytes are decoded in blocks of some kilobytes: the bad byte is at this line or a little after it.
            return "the file is not valid " + settings.charset() + " text at or after this line; save it as "
                    + settings.charset() + " or set charset to the one it is written in";
        }
        return e.getMessage();
    }

    /** The state of one file's import. */
    private final class Run {
        private final String name;
        private final CSVParser parser;
        private final RecordLengthGuard guard;
        private final TicketParser tickets;
        private final OutputCsv enriched;
        private final OutputCsv rejected;
        private final Instant start;
        private final List<TicketTable.Row> batch = new ArrayList<>();
        private long nextLine;
        private long read;
        private long imported;
        private long rejectedRows;
        private String failure;

        Run(String name, CSVParser parser, RecordLengthGuard guard, TicketParser tickets, OutputCsv enriched,
                OutputCsv rejected, Instant start) {
            this.name = name;
            this.parser = parser;
            this.guard = guard;
            this.tickets = tickets;
            this.enriched = enriched;
            this.rejected = rejected;
            this.start = start;
            this.nextLine = parser.getCurrentLineNumber() + 1;
        }

        void readAll(Iterator<CSVRecord> records) throws StoreFailure, IOException {
            while (true) {
                if (stopRequested.getAsBoolean()) {
                    throw new InterruptedIOException("import of " + name + " stopped");
                }
                guard.recordDone();
                CSVRecord record;
                try {
                    if (!records.hasNext()) {
                        return;
                    }
                    record = records.next();
                } catch (UncheckedIOException e) {
                    if (e.getCause() instanceof InterruptedIOException interrupted) {
                        throw interrupted;
                    }
                    // The parser cannot find the next record after this: the rest of the file is not read.
                    failure = "line " + nextLine + ": " + describe(e.getCause());
                    read++;
                    reject(nextLine, failure, List.of());
                    return;
                }
                long line = nextLine;
                nextLine = parser.getCurrentLineNumber() + 1;
                String[] values = record.values();
                if (values.length == 1 && values[0].isBlank()) {
                    continue;
                }
                read++;
                handle(values, line);
                if (read % settings.progressEvery() == 0) {
                    LOG.info("CSV import: {}: {} rows read, {} imported, {} rejected, {} rows/s", name, read, imported,
                            rejectedRows, rate());
                }
            }
        }

        private void handle(String[] values, long line) throws StoreFailure, IOException {
            Ticket ticket;
            try {
                ticket = tickets.parse(values, line);
            } catch (RejectedRowException e) {
                reject(line, e.getMessage(), Arrays.asList(values));
                return;
            }
            Enrichment enrichment;
            try {
                enrichment = enricher.enrich(ticket);
            } catch (RuntimeException e) {
                // A failing service must not stop the file; the exception's text may quote the ticket.
                LOG.debug("CSV import: {} line {} not enriched", name, line, e);
                reject(line, "Parley could not enrich it (" + e.getClass().getSimpleName() + " in a service); drop the "
                        + "file again later", Arrays.asList(values));
                return;
            }
            List<String> row = new ArrayList<>(values.length + Enrichment.COLUMNS.size());
            row.addAll(Arrays.asList(values));
            row.addAll(enrichment.values());
            enriched.write(row);
            batch.add(new TicketTable.Row(name, ticket, enrichment));
            imported++;
            if (batch.size() >= settings.batchSize()) {
                flush();
            }
        }

        private void reject(long line, String reason, List<String> values) throws IOException {
            List<String> row = new ArrayList<>(values.size() + 2);
            row.add(Long.toString(line));
            row.add(reason);
            row.addAll(values);
            rejected.write(row);
            rejectedRows++;
            LOG.debug("CSV import: {} line {} rejected: {}", name, line, reason);
        }

        void flush() throws StoreFailure {
            try {
                table.upsert(batch);
            } catch (SQLException e) {
                throw new StoreFailure(e);
            }
            batch.clear();
        }

        private long rate() {
            long millis = Math.max(1, Duration.between(start, Instant.now()).toMillis());
            return read * 1000 / millis;
        }

        ImportSummary summary() {
            Instant end = Instant.now();
            return new ImportSummary(name, read, imported, rejectedRows, end, Duration.between(start, end), failure);
        }
    }
}
