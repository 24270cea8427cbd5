package dev.parley.knowledge;

import dev.parley.api.knowledge.KnowledgeArticle;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.commonmark.Extension;
import org.commonmark.ext.front.matter.YamlFrontMatterBlock;
import org.commonmark.ext.front.matter.YamlFrontMatterExtension;
import org.commonmark.ext.front.matter.YamlFrontMatterVisitor;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;

/**
 * Reads one Markdown article: the optional front matter ({@code title}, {@code tags},
 * {@code url}), the title (front matter, else the first {@code # } heading) and the passages.
 * A passage is a section (the blocks under one heading); a section longer than the passage limit
 * is cut between blocks, so each passage stays short enough for a chat reply. Thread-safe.
 */
final class ArticleParser {

    /** Passages are cut between blocks once they pass this many characters. */
    static final int DEFAULT_PASSAGE_CHARS = 600;

    private static final List<Extension> EXTENSIONS =
            List.of(YamlFrontMatterExtension.create(), TablesExtension.create());

    private final Parser parser = Parser.builder().extensions(EXTENSIONS).build();
    private final int passageChars;

    ArticleParser(int passageChars) {
        this.passageChars = passageChars;
    }

    ArticleParser() {
        this(DEFAULT_PASSAGE_CHARS);
    }

    ParsedArticle parse(String id, String markdown, Instant updatedAt) throws ArticleFormatException {
        String source = markdown.startsWith("\uFEFF") ? markdown.substring(1) : markdown;
        Node document = parser.parse(source);
        FrontMatter frontMatter = frontMatter(document, source);

        String title = frontMatter.title();
        List<Passage> passages = new ArrayList<>();
        String heading = "";
        StringBuilder section = new StringBuilder();
        for (Node block = document.getFirstChild(); block != null; block = block.getNext()) {
            if (block instanceof YamlFrontMatterBlock) {
                continue;
            }
            if (block instanceof Heading h) {
                String text = PlainText.of(h);
                flush(passages, heading, section);
                if (title.isEmpty() && h.getLevel() == 1) {
                    title = text;
                    heading = "";
                } else {
                    heading = text;
                }
                continue;
            }
            String text = PlainText.of(block);
            if (text.isEmpty()) {
                continue;
            }
            if (section.length() > 0 && section.length() + text.length() > passageChars) {
                flush(passages, heading, section);
            }
            if (section.length() > 0) {
                section.append('\n');
            }
            section.append(text);
        }
        flush(passages, heading, section);

        if (title.isBlank()) {
            throw new ArticleFormatException("has no title: start it with a '# Title' line or a front matter"
                    + " block with 'title: ...'");
        }
        if (passages.isEmpty()) {
            throw new ArticleFormatException("has a title but no text: write the answer below the title");
        }
        String body = bodyWithoutFrontMatter(source, document);
        KnowledgeArticle article = new KnowledgeArticle(id, title.strip(), body, frontMatter.tags(),
                frontMatter.url(), updatedAt);
        return new ParsedArticle(article, passages);
    }

    private static void flush(List<Passage> passages, String heading, StringBuilder section) {
        if (section.length() > 0) {
            passages.add(new Passage(heading, section.toString()));
            section.setLength(0);
        }
    }

    private record FrontMatter(String title, List<String> tags, String url) {
    }

    private static FrontMatter frontMatter(Node document, String source) throws ArticleFormatException {
        YamlFrontMatterVisitor visitor = new YamlFrontMatterVisitor();
        document.accept(visitor);
        Map<String, List<String>> data = visitor.getData();
        List<String> lines = source.lines().toList();
        boolean opened = !lines.isEmpty() && lines.get(0).strip().equals("---");
        boolean closed = lines.stream().skip(1).map(String::strip).anyMatch(line -> line.equals("---") || line.equals("..."));
        if (opened && !closed) {
            throw new ArticleFormatException("starts a front matter block with '---' but does not close it:"
                    + " add a '---' line after the last 'key: value' line");
        }
        String title = first(data, "title");
        String url = first(data, "url");
        if (url.isEmpty()) {
            url = null;
        } else {
            try {
                new URI(url);
            } catch (URISyntaxException e) {
                throw new ArticleFormatException("has a front matter url that is not a valid URL (" + e.getReason()
                        + "): write it like https://shop.example/help/returns or a path like /help/returns");
            }
        }
        List<String> tags = new ArrayList<>();
        for (String value : data.getOrDefault("tags", List.of())) {
            String list = value.strip();
            if (list.startsWith("[") && list.endsWith("]")) {
                list = list.substring(1, list.length() - 1);
            }
            Arrays.stream(list.split(",")).map(ArticleParser::unquote).filter(tag -> !tag.isEmpty())
                    .forEach(tags::add);
        }
        return new FrontMatter(title, tags, url);
    }

    private static String first(Map<String, List<String>> data, String key) {
        List<String> values = data.getOrDefault(key, List.of());
        return values.isEmpty() ? "" : unquote(values.get(0));
    }

    private static String unquote(String value) {
        String stripped = value.strip();
        if (stripped.length() >= 2 && (stripped.startsWith("\"") && stripped.endsWith("\"")
                || stripped.startsWith("'") && stripped.endsWith("'"))) {
            return stripped.substring(1, stripped.length() - 1).strip();
        }
        return stripped;
    }

    /** The Markdown after the front matter block: what the article says, not its metadata. */
    private static String bodyWithoutFrontMatter(String source, Node document) {
        if (!(document.getFirstChild() instanceof YamlFrontMatterBlock)) {
            return source.strip();
        }
        List<String> lines = source.lines().toList();
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.equals("---") || line.equals("...")) {
                return String.join("\n", lines.subList(i + 1, lines.size())).strip();
            }
        }
        return "";
    }
}
