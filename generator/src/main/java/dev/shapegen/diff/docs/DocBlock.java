package dev.shapegen.diff.docs;

import java.util.List;

/** A block of rendered documentation: plain text, ready to be laid out at some indentation. */
sealed interface DocBlock {

    /** A paragraph, on one line: the pages do not wrap text. */
    record Paragraph(String text) implements DocBlock {}

    /** A bullet list; each item is a list of blocks, the first of which sits on the bullet's line. */
    record Bullets(List<List<DocBlock>> items) implements DocBlock {

        public Bullets {
            items = items.stream().map(List::copyOf).toList();
        }
    }

    /** A note, warning or danger box: its title on a line of its own, then its content. */
    record Admonition(String title, List<DocBlock> body) implements DocBlock {

        public Admonition {
            body = List.copyOf(body);
        }
    }

    /** Preformatted lines, indented relative to one another as written. */
    record Literal(List<String> lines) implements DocBlock {

        public Literal {
            lines = List.copyOf(lines);
        }
    }
}
