package dev.parley.adapter.freshdesk;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.nodes.TextNode;

/**
 * Freshdesk's HTML (ticket descriptions, comments) as plain text for the assistant, and plain text
 * as HTML for the replies it posts. Parsed with jsoup, as a browser would, so broken markup,
 * entities and scripts are handled; scripts and styles are dropped.
 */
final class HtmlText {

    private static final String BLOCKS = "p, div, li, tr, h1, h2, h3, h4, h5, h6, blockquote, pre, table, ul, ol";

    private HtmlText() {
    }

    /** The text of an HTML fragment: one line per block or line break, spaces collapsed, no blank lines. */
    static String toText(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        Document document = Jsoup.parseBodyFragment(html);
        document.select("script, style, head").remove();
        for (Element br : document.select("br")) {
            br.replaceWith(new TextNode("\n"));
        }
        for (Element block : document.select(BLOCKS)) {
            block.prependChild(new TextNode("\n"));
            block.appendChild(new TextNode("\n"));
        }
        String text = document.body().wholeText();
        StringBuilder lines = new StringBuilder();
        for (String line : text.split("\n")) {
            String collapsed = line.replaceAll("[\\s\\u00a0]+", " ").strip();
            if (!collapsed.isEmpty()) {
                lines.append(lines.length() > 0 ? "\n" : "").append(collapsed);
            }
        }
        return lines.toString();
    }

    /** Plain text as HTML for a Freshdesk reply or note: escaped, line breaks kept. */
    static String toHtml(String text) {
        return Entities.escape(text).replace("\r\n", "\n").replace("\n", "<br>");
    }
}
