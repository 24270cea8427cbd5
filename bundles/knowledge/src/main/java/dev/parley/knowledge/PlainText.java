package dev.parley.knowledge;

import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Code;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.CustomNode;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;

/**
 * The text of a Markdown block without its syntax: emphasis, links (their text stays, the target
 * goes), code marks, HTML and table pipes are dropped; list items keep a "- " or "1. " marker and
 * blocks end with a line break, so a passage still reads well in a chat reply.
 */
final class PlainText extends AbstractVisitor {

    private final StringBuilder text = new StringBuilder();

    private PlainText() {
    }

    static String of(Node block) {
        PlainText visitor = new PlainText();
        block.accept(visitor);
        return tidy(visitor.text.toString());
    }

    @Override
    public void visit(Text node) {
        text.append(node.getLiteral());
    }

    @Override
    public void visit(Code node) {
        text.append(node.getLiteral());
    }

    @Override
    public void visit(SoftLineBreak node) {
        text.append(' ');
    }

    @Override
    public void visit(HardLineBreak node) {
        text.append('\n');
    }

    @Override
    public void visit(FencedCodeBlock node) {
        text.append(node.getLiteral()).append('\n');
    }

    @Override
    public void visit(IndentedCodeBlock node) {
        text.append(node.getLiteral()).append('\n');
    }

    @Override
    public void visit(HtmlBlock node) {
        // Markup only; an admin's HTML comment must not reach a customer.
    }

    @Override
    public void visit(HtmlInline node) {
        // Markup only.
    }

    @Override
    public void visit(Paragraph node) {
        visitChildren(node);
        text.append('\n');
    }

    @Override
    public void visit(Heading node) {
        visitChildren(node);
        text.append('\n');
    }

    @Override
    public void visit(BlockQuote node) {
        visitChildren(node);
    }

    @Override
    public void visit(ListItem node) {
        if (node.getParent() instanceof OrderedList list) {
            int number = list.getMarkerStartNumber() == null ? 1 : list.getMarkerStartNumber();
            for (Node sibling = node.getPrevious(); sibling != null; sibling = sibling.getPrevious()) {
                number++;
            }
            text.append(number).append(". ");
        } else {
            text.append("- ");
        }
        visitChildren(node);
    }

    @Override
    public void visit(CustomBlock node) {
        visitChildren(node);
    }

    @Override
    public void visit(CustomNode node) {
        visitChildren(node);
        if (node instanceof TableRow) {
            text.append('\n');
        } else if (node instanceof TableCell) {
            text.append("  ");
        }
    }

    /** Trims each line and drops blank ones, so blocks never leave gaps or trailing spaces. */
    private static String tidy(String raw) {
        StringBuilder out = new StringBuilder(raw.length());
        for (String line : raw.split("\n")) {
            String trimmed = line.strip().replaceAll("[ \\t]{2,}", "  ");
            if (!trimmed.isEmpty()) {
                if (out.length() > 0) {
                    out.append('\n');
                }
                out.append(trimmed);
            }
        }
        return out.toString();
    }
}
