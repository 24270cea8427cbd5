package dev.parley.adapter.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.apache.felix.hc.api.Result;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The drop folder's rules for taking, moving and reporting files; the import itself is a mock. */
class DropFolderTest {

    private static final Instant NOW = Instant.parse("2026-12-04T10:00:00Z");

    @TempDir
    Path home;
    private Path folder;
    private CsvFileImporter importer;
    private DropFolder drop;

    @BeforeEach
    void create() throws IOException {
        folder = home.resolve("import/tickets");
        importer = mock(CsvFileImporter.class);
        drop = new DropFolder(folder, 5, importer, Clock.fixed(NOW, ZoneOffset.UTC));
        drop.create();
    }

    @Test
    void aFileIsTakenWhenItIsUnchangedAtTwoLooksAndSettled() throws Exception {
        Path file = drop("tickets.csv", "a", NOW.minusSeconds(2));
        succeed(file, 3, 0);
        drop.poll();
        drop.poll();
        verify(importer, never()).importFile(any(), any(), any());

        Files.setLastModifiedTime(file, FileTime.from(NOW.minusSeconds(6)));
        drop.poll();
        verify(importer, never()).importFile(any(), any(), any());
        drop.poll();

        verify(importer).importFile(file, folder.resolve("enriched"), folder.resolve("rejected"));
        assertThat(folder.resolve("done/tickets.csv")).hasContent("a");
        assertThat(file).doesNotExist();
    }

    @Test
    void aFileThatGrowsBetweenTwoLooksIsNotTaken() throws Exception {
        Path file = drop("tickets.csv", "a", NOW.minusSeconds(60));
        drop.poll();
        Files.writeString(file, "ab");
        Files.setLastModifiedTime(file, FileTime.from(NOW.minusSeconds(60)));
        drop.poll();

        verify(importer, never()).importFile(any(), any(), any());
    }

    @Test
    void filesStillBeingWrittenUnderAnotherNameAreNeverTaken() throws Exception {
        drop("tickets.csv.part", "a", NOW.minusSeconds(60));
        drop(".tickets.csv", "a", NOW.minusSeconds(60));
        drop("~tickets.csv", "a", NOW.minusSeconds(60));
        drop("tickets.tmp", "a", NOW.minusSeconds(60));
        drop.poll();
        drop.poll();

        verify(importer, never()).importFile(any(), any(), any());
    }

    @Test
    void aFileThatCannotBeReadGoesToFailedWithItsReasonAndShowsInHealth() throws Exception {
        Path file = drop("orders.csv", "x", NOW.minusSeconds(60));
        when(importer.importFile(any(), any(), any())).thenThrow(new UnreadableFileException("the header has no ticket "
                + "id column 'Ticket ID'"));
        drop.poll();
        drop.poll();

        assertThat(folder.resolve("failed/orders.csv")).hasContent("x");
        assertThat(folder.resolve("failed/orders.csv.reason")).hasContent("the header has no ticket id column 'Ticket ID'");
        assertThat(file).doesNotExist();
        assertThat(health()).contains("WARN failed/orders.csv was not imported: the header has no ticket id column "
                + "'Ticket ID'");
    }

    @Test
    void aFileReadInPartGoesToFailedAndTheHealthCheckShowsTheLastImport() throws Exception {
        drop("tickets.csv", "x", NOW.minusSeconds(60));
        when(importer.importFile(any(), any(), any())).thenReturn(new ImportSummary("tickets.csv", 10, 8, 2, NOW,
                Duration.ofSeconds(1), "line 12: a record runs over ..."));
        drop.poll();
        drop.poll();

        assertThat(Files.readString(folder.resolve("failed/tickets.csv.reason"))).startsWith("line 12: a record runs over "
                + ".... Lines before it were imported (see enriched/tickets.csv and rejected/tickets.csv)");
        assertThat(health()).contains("WARN last import: tickets.csv at " + NOW + ": 10 rows read, 8 imported, 2 rejected, "
                + "10 rows/s; see rejected/tickets.csv");
    }

    @Test
    void aDefectFailsTheFileInsteadOfRetryingItAtEveryLook() throws Exception {
        drop("tickets.csv", "x", NOW.minusSeconds(60));
        when(importer.importFile(any(), any(), any())).thenThrow(new IllegalStateException("bug"));
        drop.poll();
        drop.poll();

        assertThat(folder.resolve("failed/tickets.csv")).exists();
        assertThat(folder.resolve("failed/tickets.csv.reason")).hasContent("Parley failed on it "
                + "(java.lang.IllegalStateException); see the log at " + NOW);
    }

    @Test
    void whileTheDatabaseFailsTheFileWaitsInTheFolderAndIsImportedLater() throws Exception {
        Path file = drop("tickets.csv", "x", NOW.minusSeconds(60));
        when(importer.importFile(any(), any(), any()))
                .thenThrow(new CsvFileImporter.StoreFailure(new SQLException("down", "08001")))
                .thenReturn(new ImportSummary("tickets.csv", 1, 1, 0, NOW, Duration.ofMillis(5), null));
        drop.poll();
        drop.poll();

        assertThat(file).exists();
        assertThat(health()).contains("WARN tickets.csv waits: the store's database failed (SQL state 08001); see the "
                + "check 'Conversation store'");

        drop.poll();

        assertThat(file).doesNotExist();
        assertThat(folder.resolve("done/tickets.csv")).exists();
        assertThat(health()).doesNotContain("waits").contains("OK last import: tickets.csv");
    }

    private String health() {
        Result result = CsvImportHealthCheck.of(drop);
        StringBuilder text = new StringBuilder();
        result.forEach(entry -> text.append(entry.getStatus()).append(' ').append(entry.getMessage()).append('\n'));
        return text.toString();
    }

    private void succeed(Path file, long rows, long rejected) throws Exception {
        when(importer.importFile(any(), any(), any())).thenReturn(new ImportSummary(file.getFileName().toString(), rows,
                rows - rejected, rejected, NOW, Duration.ofMillis(10), null));
    }

    private Path drop(String name, String content, Instant modified) throws IOException {
        Path file = Files.writeString(folder.resolve(name), content);
        Files.setLastModifiedTime(file, FileTime.from(modified));
        return file;
    }
}
