package dev.shapegen.diff.docs;

import dev.shapegen.diff.docs.DocBlock.Admonition;
import dev.shapegen.diff.docs.DocBlock.Bullets;
import dev.shapegen.diff.docs.DocBlock.Literal;
import dev.shapegen.diff.docs.DocBlock.Paragraph;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the subset of reStructuredText that {@link RestWriter} produces into {@link DocBlock}s, the way docutils
 * would: paragraphs separated by blank lines, bullet lists ({@code *}, {@code -} or {@code +}) nested by
 * indentation, admonitions, literal blocks after a paragraph ending in {@code ::}, and comments (dropped). Text
 * indented deeper than its context (a block quote for docutils) is kept at the context's level, as the pages do not
 * show quotes apart.
 */
final class RestBlocks {

    /** Where a documentation section's text starts: one indentation level of two spaces. */
    private static final int BASE = 2;
    private static final Pattern LINE_BREAK =
            Pattern.compile("\\r\\n|[\\n\\r\\x0b\\x0c\\x1c\\x1d\\x1e\\x85\\u2028\\u2029]");
    private static final Pattern ADMONITION = Pattern.compile("\\.\\. (note|warning|danger):: (.*)");

    /** One line: its indentation (tabs expanded) and its text without that indentation; blank lines are "". */
    private record Line(int indent, String text) {

        boolean blank() {
            return text.isEmpty();
        }
    }

    /**
     * The blocks of {@code rest}. When the text starts on its first line rather than after a line break, that first
     * paragraph continues whatever precedes it on the page (a parameter's name and type): it is returned as
     * {@code lead}, and not among the blocks.
     */
    record Parsed(String lead, List<DocBlock> blocks) {}

    private RestBlocks() {}

    static Parsed parse(String rest) {
        List<Line> lines = lines(rest);
        String lead = null;
        int from = 0;
        if (!lines.isEmpty() && !lines.get(0).blank()) {
            StringBuilder sb = new StringBuilder();
            while (from < lines.size() && !lines.get(from).blank()) {
                sb.append(from == 0 ? "" : "\n").append(lines.get(from).text());
                from++;
            }
            lead = RestInline.render(sb.toString());
        }
        return new Parsed(lead, blocks(lines.subList(from, lines.size()), 0));
    }

    private static List<Line> lines(String rest) {
        List<Line> lines = new ArrayList<>();
        boolean first = true;
        // Python's line boundaries, as docutils splits its input: a U+2028 in the documentation ends a line too.
        for (String raw : LINE_BREAK.split(rest, -1)) {
            String expanded = expandTabs(raw);
            int indent = 0;
            while (indent < expanded.length() && HtmlTree.isSpace(expanded.charAt(indent))) {
                indent++;
            }
            String text = expanded.substring(indent).stripTrailing();
            // The first line continues the line the text is written on, at the section's indentation.
            int relative = first ? 0 : Math.max(0, indent - BASE);
            lines.add(new Line(text.isEmpty() ? 0 : relative, text));
            first = false;
        }
        return lines;
    }

    private static List<DocBlock> blocks(List<Line> lines, int context) {
        List<DocBlock> out = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            Line line = lines.get(i);
            if (line.blank()) {
                i++;
                continue;
            }
            int indent = line.indent();
            char bullet = bullet(line.text());
            Matcher admonition = ADMONITION.matcher(line.text());
            if (indent > context) {
                int end = indentedEnd(lines, i + 1, context);
                out.addAll(blocks(lines.subList(i, end), indent));
                i = end;
            } else if (bullet != 0) {
                List<List<DocBlock>> items = new ArrayList<>();
                while (i < lines.size() && lines.get(i).indent() == indent && bullet(lines.get(i).text()) == bullet) {
                    Line head = lines.get(i);
                    int end = indentedEnd(lines, i + 1, indent);
                    List<Line> item = new ArrayList<>();
                    String first = head.text().substring(1).strip();
                    item.add(new Line(first.isEmpty() ? 0 : indent + 2, first));
                    item.addAll(lines.subList(i + 1, end));
                    items.add(blocks(item, indent + 2));
                    i = skipBlank(lines, end);
                }
                out.add(new Bullets(items));
            } else if (line.text().startsWith("..")) {
                int end = indentedEnd(lines, i + 1, indent);
                if (admonition.matches()) {
                    out.add(new Admonition(admonition.group(2).strip(), blocks(lines.subList(i + 1, end), indent + 2)));
                }
                i = end; // anything else is a comment or a directive the pages do not show
            } else {
                int end = i;
                StringBuilder text = new StringBuilder();
                while (end < lines.size() && !lines.get(end).blank()) {
                    text.append(end == i ? "" : "\n").append(lines.get(end).text());
                    end++;
                }
                String para = text.toString();
                if (para.endsWith("::")) {
                    // A literal block follows; the marker becomes a colon, or nothing after a space.
                    para = para.equals("::") ? "" : para.endsWith(" ::") ? para.substring(0, para.length() - 3)
                            : para.substring(0, para.length() - 1);
                    int start = skipBlank(lines, end);
                    int blockEnd = start < lines.size() && lines.get(start).indent() > indent
                            ? indentedEnd(lines, start + 1, indent) : start;
                    if (!para.isBlank()) {
                        out.add(new Paragraph(RestInline.render(para)));
                    }
                    if (blockEnd > start) {
                        out.add(literal(lines.subList(start, blockEnd)));
                    }
                    i = blockEnd;
                    continue;
                }
                out.add(new Paragraph(RestInline.render(para)));
                i = end;
            }
        }
        return out;
    }

    /** The end of the lines after {@code from} that are blank or indented deeper than {@code indent}. */
    private static int indentedEnd(List<Line> lines, int from, int indent) {
        int end = from;
        int lastText = from;
        while (end < lines.size() && (lines.get(end).blank() || lines.get(end).indent() > indent)) {
            end++;
            if (!lines.get(end - 1).blank()) {
                lastText = end;
            }
        }
        return Math.max(lastText, from);
    }

    private static int skipBlank(List<Line> lines, int from) {
        int i = from;
        while (i < lines.size() && lines.get(i).blank()) {
            i++;
        }
        return i;
    }

    private static Literal literal(List<Line> lines) {
        int min = lines.stream().filter(l -> !l.blank()).mapToInt(Line::indent).min().orElse(0);
        List<String> out = new ArrayList<>();
        for (Line l : lines) {
            out.add(l.blank() ? "" : " ".repeat(l.indent() - min) + l.text());
        }
        while (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) {
            out.remove(out.size() - 1);
        }
        return new Literal(out);
    }

    /** The bullet character when {@code text} starts a bullet list item, else 0. */
    private static char bullet(String text) {
        if (text.isEmpty() || "*-+".indexOf(text.charAt(0)) < 0) {
            return 0;
        }
        return text.length() == 1 || text.charAt(1) == ' ' ? text.charAt(0) : 0;
    }

    private static String expandTabs(String s) {
        if (s.indexOf('\t') < 0) {
            return s;
        }
        StringBuilder sb = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (c == '\t') {
                sb.append(" ".repeat(8 - sb.length() % 8));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
