package dev.parley.adapter.csv;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.felix.hc.api.FormattingResultLog;
import org.apache.felix.hc.api.Result;

/**
 * What the admin sees of the drop folder in {@code /system/health} (check "CSV ticket import",
 * tags {@code parley}, {@code csv}): OK with the folder and the last import; WARN for each file in
 * {@code failed/} with its reason (until the admin removes it), for rejected rows of the last
 * import, and while files wait for the database or for their outputs. Never CRITICAL: an import
 * problem does not make the container unhealthy for a load balancer.
 */
final class CsvImportHealthCheck {

    private CsvImportHealthCheck() {
    }

    static Result of(DropFolder drop) {
        FormattingResultLog log = new FormattingResultLog();
        Path folder = drop.folder();
        if (!Files.isDirectory(folder) || !Files.isWritable(folder)) {
            log.warn("the drop folder {} is missing or not writable: no ticket export is imported", folder);
        } else {
            log.info("watching {} for ticket exports (*.csv)", folder);
        }
        ImportSummary last = drop.lastImport();
        if (last == null) {
            log.info("no file imported since the start");
        } else {
            String line = "last import: " + last.file() + " at " + last.finishedAt() + ": " + last.rowsRead() + " rows read, "
                    + last.imported() + " imported, " + last.rejected() + " rejected, " + last.rowsPerSecond() + " rows/s";
            if (last.rejected() > 0) {
                log.warn("{}; see {}/{}", line, DropFolder.REJECTED, last.file());
            } else {
                log.info(line);
            }
        }
        String problem = drop.problem();
        if (problem != null) {
            log.warn(problem);
        }
        reportFailedFiles(folder.resolve(DropFolder.FAILED), log);
        return new Result(log);
    }

    private static void reportFailedFiles(Path failed, FormattingResultLog log) {
        if (!Files.isDirectory(failed)) {
            return;
        }
        try (DirectoryStream<Path> reasons = Files.newDirectoryStream(failed, "*" + DropFolder.REASON)) {
            for (Path reason : reasons) {
                String name = reason.getFileName().toString();
                log.warn("{}/{} was not imported: {}", DropFolder.FAILED, name.substring(0, name.length()
                        - DropFolder.REASON.length()), firstLine(reason));
            }
        } catch (IOException e) {
            log.warn("cannot list {}: {}", failed, e.getMessage());
        }
    }

    private static String firstLine(Path file) {
        try (var lines = Files.lines(file, StandardCharsets.UTF_8)) {
            return lines.findFirst().orElse("(no reason given)");
        } catch (IOException | java.io.UncheckedIOException e) {
            return "(its reason file cannot be read: " + e.getMessage() + ")";
        }
    }
}
