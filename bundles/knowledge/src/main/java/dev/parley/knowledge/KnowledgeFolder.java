package dev.parley.knowledge;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The Markdown files of a knowledge base folder and its optional {@code synonyms.txt}. Each scan
 * compares every file's size and modification time with the last scan and re-reads only what
 * changed; a file that cannot be read or parsed is reported once (until it changes again) and left
 * out. Not thread-safe: one reload thread owns it.
 */
final class KnowledgeFolder {

    static final String SYNONYMS_FILE = "synonyms.txt";
    /** Larger files are no help article; they would only cost memory. */
    static final long MAX_FILE_BYTES = 1024 * 1024;
    /** The most articles and article bytes one knowledge base serves, so a wrong folder cannot fill the heap. */
    static final int MAX_ARTICLES = 10_000;
    static final long MAX_TOTAL_BYTES = 32 * 1024 * 1024;
    private static final int MAX_DEPTH = 8;

    /**
     * What a scan found: {@code newProblems} are the ones that appeared since the last scan (to log
     * once), {@code problems} all that stand now (to report in health).
     */
    record Scan(boolean changed, List<ParsedArticle> articles, List<String> synonymLines, List<Problem> newProblems,
            List<Problem> problems) {
    }

    /** A file left out, and why. */
    record Problem(String file, String reason) {
    }

    private record Stamp(long size, long modified) {
    }

    private record Loaded(Stamp stamp, ParsedArticle article, Problem problem) {
    }

    private final Path root;
    private final ArticleParser parser;
    private Map<Path, Loaded> loaded = new HashMap<>();
    private Stamp synonymsStamp;
    private List<String> synonymLines = List.of();
    private boolean missingReported;

    KnowledgeFolder(Path root, ArticleParser parser) {
        this.root = root;
        this.parser = parser;
    }

    Path root() {
        return root;
    }

    /** Reads what changed since the last scan. */
    Scan scan() {
        List<Problem> newProblems = new ArrayList<>();
        if (!Files.isDirectory(root)) {
            boolean changed = !loaded.isEmpty() || synonymsStamp != null || !missingReported;
            Problem missing = new Problem(root.toString(), "does not exist or is not a folder: create it and put"
                    + " Markdown articles (*.md) into it, or set 'folder' in etc/dev.parley.knowledge.cfg");
            if (!missingReported) {
                newProblems.add(missing);
                missingReported = true;
            }
            loaded = new HashMap<>();
            synonymsStamp = null;
            synonymLines = List.of();
            return new Scan(changed, List.of(), List.of(), newProblems, List.of(missing));
        }
        missingReported = false;
        boolean changed = scanSynonyms(newProblems);
        Map<Path, Loaded> next = new TreeMap<>();
        long totalBytes = 0;
        for (Path file : markdownFiles(newProblems)) {
            Stamp stamp = stamp(file);
            totalBytes += stamp == null ? 0 : stamp.size();
            if (totalBytes > MAX_TOTAL_BYTES) {
                Problem tooMuch = new Problem(relative(file), "is beyond the " + MAX_TOTAL_BYTES / (1024 * 1024)
                        + " MB of articles one knowledge base serves (files are taken in path order)");
                Loaded previous = loaded.get(file);
                if (previous == null || previous.problem() == null || !previous.problem().equals(tooMuch)) {
                    newProblems.add(tooMuch);
                    changed = true;
                }
                next.put(file, new Loaded(stamp, null, tooMuch));
                continue;
            }
            Loaded previous = loaded.get(file);
            if (stamp != null && previous != null && previous.stamp().equals(stamp)) {
                next.put(file, previous);
                continue;
            }
            Loaded fresh = load(file, stamp);
            if (fresh.problem() != null) {
                newProblems.add(fresh.problem());
            }
            next.put(file, fresh);
            changed = true;
        }
        changed |= !next.keySet().equals(loaded.keySet());
        loaded = next;
        List<ParsedArticle> articles = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (Loaded entry : next.values()) {
            if (entry.article() != null) {
                articles.add(entry.article());
            } else {
                problems.add(entry.problem());
            }
        }
        return new Scan(changed, articles, synonymLines, newProblems, problems);
    }

    private boolean scanSynonyms(List<Problem> newProblems) {
        Path file = root.resolve(SYNONYMS_FILE);
        Stamp stamp = Files.isRegularFile(file) ? stamp(file) : null;
        if (stamp == null ? synonymsStamp == null : stamp.equals(synonymsStamp)) {
            return false;
        }
        synonymsStamp = stamp;
        synonymLines = List.of();
        if (stamp != null) {
            try {
                synonymLines = List.copyOf(ArticleFiles.utf8(file).lines().toList());
            } catch (IOException e) {
                newProblems.add(new Problem(relative(file), ArticleFiles.reason(e)));
            }
        }
        return true;
    }

    private List<Path> markdownFiles(List<Problem> newProblems) {
        // From the real path, so that a kb/ that is a link to another folder is walked too.
        try (Stream<Path> files = Files.find(root.toRealPath(), MAX_DEPTH, ArticleFiles::isArticleFile)) {
            Path start = root.toRealPath();
            List<Path> found = files.map(file -> root.resolve(start.relativize(file)))
                    .filter(file -> !ArticleFiles.isHidden(root.relativize(file))).sorted().toList();
            if (found.size() > MAX_ARTICLES) {
                newProblems.add(new Problem(root.toString(), found.size() + " Markdown files, more than the "
                        + MAX_ARTICLES + " served: only the first " + MAX_ARTICLES + " by path are"));
                return found.subList(0, MAX_ARTICLES);
            }
            return found;
        } catch (IOException | RuntimeException e) {
            // A sub-folder vanished during the walk; the next scan sees the folder as it is then.
            newProblems.add(new Problem(root.toString(), "cannot list the folder: " + e.getMessage()));
            return new ArrayList<>(loaded.keySet());
        }
    }

    private Loaded load(Path file, Stamp stamp) {
        String name = relative(file);
        if (stamp == null) {
            return new Loaded(null, null, new Problem(name, "cannot be read"));
        }
        if (stamp.size() > MAX_FILE_BYTES) {
            return new Loaded(stamp, null, new Problem(name, "is " + stamp.size() + " bytes, larger than the "
                    + MAX_FILE_BYTES + " an article may have: split it into several articles"));
        }
        try {
            String id = name.substring(0, name.length() - ".md".length());
            ParsedArticle article = parser.parse(id, ArticleFiles.utf8(file), Instant.ofEpochMilli(stamp.modified()));
            return new Loaded(stamp, article, null);
        } catch (IOException e) {
            return new Loaded(stamp, null, new Problem(name, ArticleFiles.reason(e)));
        } catch (ArticleFormatException e) {
            return new Loaded(stamp, null, new Problem(name, e.getMessage()));
        }
    }

    private String relative(Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }

    private static Stamp stamp(Path file) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            return new Stamp(attributes.size(), attributes.lastModifiedTime().toMillis());
        } catch (IOException e) {
            return null;
        }
    }
}
