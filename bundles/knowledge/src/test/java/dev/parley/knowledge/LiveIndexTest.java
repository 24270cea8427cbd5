package dev.parley.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.contains;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import dev.parley.api.knowledge.KnowledgeHit;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;

class LiveIndexTest {

    @TempDir
    Path kb;

    private final Logger log = mock(Logger.class);
    private Instant clock = Instant.parse("2026-11-01T00:00:00Z");

    private LiveIndex live() {
        return new LiveIndex(new KnowledgeFolder(kb, new ArticleParser()), TextAnalyzer.english(), 2, log);
    }

    /** Writes a file with a modification time later than any before, as an editor saving it would. */
    private void write(String name, String content) throws IOException {
        Path file = kb.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
        clock = clock.plusSeconds(1);
        Files.setLastModifiedTime(file, FileTime.from(clock));
    }

    private List<String> found(LiveIndex live, String query) {
        return live.current().search(query, 5, 0).stream().map(KnowledgeHit::articleId).toList();
    }

    @Test
    void addedChangedAndRemovedFilesArePickedUp() throws IOException {
        write("returns.md", "# Returns\n\nSend items back within 30 days.\n");
        LiveIndex live = live();
        live.reload();
        assertThat(found(live, "send items back")).containsExactly("returns");

        write("shipping/costs.md", "# Shipping costs\n\nDelivery costs 4.95.\n");
        live.reload();
        assertThat(found(live, "delivery costs")).containsExactly("shipping/costs");

        write("returns.md", "# Returns\n\nReturns are accepted for 60 days now.\n");
        live.reload();
        assertThat(found(live, "60 days")).containsExactly("returns");
        assertThat(live.current().article("returns").orElseThrow().body()).contains("60 days");

        Files.delete(kb.resolve("returns.md"));
        live.reload();
        assertThat(found(live, "returns")).isEmpty();
        assertThat(live.current().article("returns")).isEmpty();
        assertThat(live.current().article("shipping/costs")).isPresent();
    }

    @Test
    void anUnchangedFolderKeepsItsIndex() throws IOException {
        write("a.md", "# A\n\nText.\n");
        LiveIndex live = live();
        live.reload();
        SearchIndex first = live.current();

        live.reload();

        assertThat(live.current()).isSameAs(first);
    }

    @Test
    void aBrokenFileIsReportedOnceAndTheOthersKeepServing() throws IOException {
        write("good.md", "# Gift cards\n\nGift cards are valid for 3 years.\n");
        write("broken.md", "no title here\n");
        Files.write(kb.resolve("latin1.md"), "# Caf\u00e9\n\nCaf\u00e9 au lait.\n".getBytes(StandardCharsets.ISO_8859_1));
        LiveIndex live = live();

        live.reload();
        live.reload();

        assertThat(found(live, "gift cards")).containsExactly("good");
        verify(log, times(1)).warn(anyString(), eq("broken.md"), contains("has no title"));
        verify(log, times(1)).warn(anyString(), eq("latin1.md"), contains("not UTF-8"));

        write("broken.md", "# Fixed\n\nNow it has a title.\n");
        live.reload();
        assertThat(found(live, "title")).containsExactly("broken");
    }

    @Test
    void aMissingFolderIsReportedOnceAndPickedUpWhenCreated() throws IOException {
        Path missing = kb.resolve("not-yet");
        LiveIndex live = new LiveIndex(new KnowledgeFolder(missing, new ArticleParser()), TextAnalyzer.english(), 2, log);

        live.reload();
        live.reload();
        verify(log, times(1)).warn(anyString(), eq(missing.toString()), contains("does not exist"));
        assertThat(found(live, "anything")).isEmpty();

        Files.createDirectories(missing);
        Files.writeString(missing.resolve("hours.md"), "# Opening hours\n\nMonday to Friday.\n");
        live.reload();
        assertThat(found(live, "opening hours")).containsExactly("hours");
    }

    @Test
    void synonymsAreReadFromTheFolderAndReloaded() throws IOException {
        write("refunds.md", "# Refunds\n\nWe refund within 5 days.\n");
        LiveIndex live = live();
        live.reload();
        assertThat(found(live, "reimbursement")).isEmpty();

        write(KnowledgeFolder.SYNONYMS_FILE, "refund: reimbursement\nnot a group\n");
        live.reload();

        assertThat(found(live, "reimbursement")).containsExactly("refunds");
        verify(log, times(1)).warn(anyString(), eq(2), eq(KnowledgeFolder.SYNONYMS_FILE), contains("no ':'"));
    }

    @Test
    void aFolderThatIsALinkIsFollowed() throws IOException {
        write("real/hours.md", "# Opening hours\n\nMonday to Friday.\n");
        Path link = Files.createSymbolicLink(kb.resolve("linked"), kb.resolve("real"));
        LiveIndex live = new LiveIndex(new KnowledgeFolder(link, new ArticleParser()), TextAnalyzer.english(), 2, log);

        live.reload();

        assertThat(found(live, "opening hours")).containsExactly("hours");
        assertThat(live.current().article("hours")).isPresent();
    }

    @Test
    void hiddenFilesAndOtherFilesAreNotArticles() throws IOException {
        write(".git/notes.md", "# Hidden\n\nSecret.\n");
        write("notes.txt", "# Not markdown\n\nText.\n");
        write("visible.md", "# Visible\n\nText.\n");
        LiveIndex live = live();

        live.reload();

        assertThat(live.current().articleCount()).isEqualTo(1);
        verify(log, never()).warn(anyString(), any(Object.class), any(Object.class));
    }

    @Test
    void searchesDuringReloadsAlwaysSeeACompleteIndex() throws Exception {
        write("a.md", "# Returns\n\nSend it back within 30 days.\n");
        LiveIndex live = live();
        live.reload();
        AtomicInteger misses = new AtomicInteger();
        AtomicInteger searches = new AtomicInteger();
        Thread reader = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                if (live.current().search("returns", 1, 0).isEmpty()) {
                    misses.incrementAndGet();
                }
                searches.incrementAndGet();
            }
        });
        reader.start();
        for (int i = 0; i < 50; i++) {
            write("a.md", "# Returns\n\nSend it back within " + (30 + i) + " days.\n");
            write("b" + i + ".md", "# Other " + i + "\n\nSomething else.\n");
            live.reload();
        }
        reader.interrupt();
        reader.join();

        assertThat(searches.get()).isPositive();
        assertThat(misses.get()).isZero();
        assertThat(live.current().articleCount()).isEqualTo(51);
    }
}
