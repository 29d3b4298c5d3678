package dev.shapegen.diff.docs;

import dev.shapegen.diff.docs.DocBlock.Admonition;
import dev.shapegen.diff.docs.DocBlock.Bullets;
import dev.shapegen.diff.docs.DocBlock.Literal;
import dev.shapegen.diff.docs.DocBlock.Paragraph;
import java.util.ArrayList;
import java.util.List;

/**
 * The lines of a rendered page. Blocks are separated by one blank line, except where {@link #tight()} asks for
 * none (the page shows the request syntax directly above the first parameter field).
 *
 * <p>Bullets follow the nesting of lists, two columns per level: a list whose context is the page itself has its
 * bullets at column 2, a list inside a list item has them where the item's content starts, and an item's content
 * starts two columns right of its bullet.
 */
final class Page {

    private final List<String> lines = new ArrayList<>();
    private boolean tight;

    /** Adds a block of lines (a paragraph is one line), after a blank line unless it is the first or tight. */
    void block(List<String> blockLines) {
        if (!lines.isEmpty() && !tight) {
            lines.add("");
        }
        tight = false;
        lines.addAll(blockLines);
    }

    void line(int column, String text) {
        block(List.of(" ".repeat(column) + text));
    }

    /** The next block follows the last one without a blank line. */
    void tight() {
        tight = true;
    }

    /** Lays out documentation blocks whose content starts at {@code column}. */
    void blocks(List<DocBlock> blocks, int column) {
        for (DocBlock b : blocks) {
            if (b instanceof Paragraph p) {
                if (!p.text().isEmpty()) {
                    line(column, p.text());
                }
            } else if (b instanceof Bullets list) {
                int bullet = bulletColumn(column);
                for (List<DocBlock> item : list.items()) {
                    int rest = 0;
                    if (!item.isEmpty() && item.get(0) instanceof Paragraph first) {
                        line(bullet, "\u2022 " + first.text());
                        rest = 1;
                    } else {
                        line(bullet, "\u2022");
                    }
                    blocks(item.subList(rest, item.size()), bullet + 2);
                }
            } else if (b instanceof Admonition a) {
                line(column, a.title());
                blocks(a.body(), column);
            } else if (b instanceof Literal literal && !literal.lines().isEmpty()) {
                block(literal.lines().stream().map(l -> l.isEmpty() ? "" : " ".repeat(column) + l).toList());
            }
        }
    }

    /** Where the bullets of a list in content starting at {@code column} go. */
    static int bulletColumn(int column) {
        return column == 0 ? 2 : column;
    }

    /** The page: lines joined with line feeds, without leading or trailing blank lines. */
    String text() {
        return String.join("\n", trimmed());
    }

    private List<String> trimmed() {
        int from = 0;
        int to = lines.size();
        while (from < to && lines.get(from).isBlank()) {
            from++;
        }
        while (to > from && lines.get(to - 1).isBlank()) {
            to--;
        }
        return lines.subList(from, to).stream().map(String::stripTrailing).toList();
    }
}
