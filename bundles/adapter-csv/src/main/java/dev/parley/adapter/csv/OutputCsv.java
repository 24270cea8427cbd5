package dev.parley.adapter.csv;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A CSV file the import writes (enriched or rejected rows): written as {@code <name>.part} and
 * renamed to its name only when complete, so a reader never sees half a file. The file is created
 * at the first row, so an import without rejected rows leaves no reject file.
 */
final class OutputCsv implements AutoCloseable {

    private final Path target;
    private final Path part;
    private final Charset charset;
    private final CSVFormat format;
    private final List<String> header;
    private CSVPrinter printer;

    OutputCsv(Path target, Charset charset, char delimiter, List<String> header) {
        this.target = target;
        this.part = target.resolveSibling(target.getFileName() + ".part");
        this.charset = charset;
        this.format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).get();
        this.header = List.copyOf(header);
    }

    void write(Iterable<String> values) throws IOException {
        if (printer == null) {
            Files.createDirectories(target.getParent());
            BufferedWriter writer = Files.newBufferedWriter(part, charset);
            printer = new CSVPrinter(writer, format);
            printer.printRecord(header);
        }
        printer.printRecord(values);
    }

    /**
     * Closes the file and gives it its name, replacing an older one; without a row, removes an
     * older file of that name, which belonged to an earlier import of the same file.
     */
    void commit() throws IOException {
        if (printer == null) {
            Files.deleteIfExists(target);
            return;
        }
        printer.close(true);
        printer = null;
        Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Closes the file without giving it its name: what was written stays as {@code <name>.part}. */
    @Override
    public void close() throws IOException {
        if (printer != null) {
            printer.close(true);
            printer = null;
        }
    }

    /** Closes and deletes the unfinished file. */
    void discard() throws IOException {
        close();
        Files.deleteIfExists(part);
    }

    Path target() {
        return target;
    }
}
