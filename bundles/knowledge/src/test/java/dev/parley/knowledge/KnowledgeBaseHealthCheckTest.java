package dev.parley.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.felix.hc.api.Result;
import org.apache.felix.hc.api.ResultLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;

class KnowledgeBaseHealthCheckTest {

    @TempDir
    Path kb;

    private LiveIndex live(Path folder) {
        LiveIndex live = new LiveIndex(new KnowledgeFolder(folder, new ArticleParser()), TextAnalyzer.english(), 2,
                mock(Logger.class));
        live.reload();
        return live;
    }

    @Test
    void okWithTheArticlesServed() throws IOException {
        Files.writeString(kb.resolve("hours.md"), "# Opening hours\n\nMonday to Friday.\n");

        Result result = KnowledgeBaseHealthCheck.of(live(kb));

        assertThat(result.getStatus()).isEqualTo(Result.Status.OK);
        assertThat(messages(result)).containsExactly("1 articles (1 passages) served from " + kb);
    }

    @Test
    void warnsForEachFileLeftOut() throws IOException {
        Files.writeString(kb.resolve("hours.md"), "# Opening hours\n\nMonday to Friday.\n");
        Files.writeString(kb.resolve("broken.md"), "no title\n");

        Result result = KnowledgeBaseHealthCheck.of(live(kb));

        assertThat(result.getStatus()).isEqualTo(Result.Status.WARN);
        assertThat(messages(result)).anyMatch(m -> m.startsWith("broken.md has no title"));
    }

    @Test
    void warnsWhenNothingIsServed() {
        Path missing = kb.resolve("missing");

        Result result = KnowledgeBaseHealthCheck.of(live(missing));

        assertThat(result.getStatus()).isEqualTo(Result.Status.WARN);
        assertThat(messages(result)).anyMatch(m -> m.startsWith(missing + " does not exist"))
                .anyMatch(m -> m.startsWith("no articles are served"));
    }

    private static List<String> messages(Result result) {
        List<String> messages = new ArrayList<>();
        for (ResultLog.Entry entry : result) {
            messages.add(entry.getMessage());
        }
        return messages;
    }
}
