package dev.shapegen.diff.docs;

import dev.shapegen.diff.docs.HtmlTree.Node;
import dev.shapegen.diff.docs.HtmlTree.Tag;
import dev.shapegen.diff.docs.HtmlTree.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Writes an {@link HtmlTree} as the reStructuredText botocore's documentation writer makes of it, quirks included,
 * because the published pages show those quirks: a {@code <code>} keeps a space before its closing {@code ``}
 * when the HTML has one (which makes the literal invalid reST, shown as typed), links inside {@code <code>} lose
 * their link, paragraphs inside list items run together, and so on.
 *
 * <p>Like botocore it writes to a stack of strings and sometimes takes back the last one to amend it. It starts one
 * indentation level in, as botocore's documentation sections do: its paragraph breaks then end with spaces, so inline
 * code opening a paragraph gets no extra space before it (which would indent the line and change its meaning).
 * Admonitions are written as {@code .. note::}-style directives with their title as argument, which is how
 * {@link RestBlocks} reads them.
 */
final class RestWriter {

    /** Tags that write only their content inside a {@code <code>} or {@code <a>}. */
    private static final Set<String> OMIT_NESTED = Set.of("span", "i", "code", "a");
    private static final Set<String> PRIORITY_PARENT = Set.of("code", "a");
    /** Tags that write only their content when they contain other tags. */
    private static final Set<String> OMIT_SELF = Set.of("i", "b");

    private final List<String> writes = new ArrayList<>();
    private int indent = 1;
    private boolean doP = true;
    private String href;
    private int listDepth;
    private boolean keepData = true;

    private RestWriter() {}

    /** The reST of an HTML documentation string; empty when there is none or botocore would fail on it. */
    static String toRest(String html) {
        if (html == null || html.isEmpty()) {
            return "";
        }
        Tag root = HtmlReader.parse(html);
        if (root == null) {
            return "";
        }
        root.collapseWhitespace();
        RestWriter w = new RestWriter();
        try {
            w.children(root);
        } catch (IllegalStateException e) {
            // botocore stops at the same point and keeps what it had written.
        }
        return String.join("", w.writes);
    }

    private void children(Tag tag) {
        for (Node child : tag.children) {
            if (child instanceof Tag t) {
                element(t);
            } else {
                text((Text) child);
            }
        }
    }

    private void element(Tag t) {
        boolean contentOnly = (OMIT_SELF.contains(t.name) && t.hasTagChild())
                || (t.parent != null && t.parent.name != null && PRIORITY_PARENT.contains(t.parent.name)
                        && OMIT_NESTED.contains(t.name));
        if (contentOnly) {
            children(t);
            return;
        }
        start(t);
        children(t);
        end(t.name);
    }

    private void text(Text t) {
        String words = String.join(" ", splitWords(t.core));
        String data = t.leading + words + t.trailing;
        if (!data.isEmpty()) {
            write(data);
        }
    }

    private void start(Tag t) {
        switch (t.name) {
            case "p" -> paragraphBreak();
            case "b", "bold" -> startInline("**");
            case "i", "italics" -> startInline("*");
            case "code" -> {
                trailingSpace();
                startInline("``");
            }
            case "a" -> startLink(t);
            case "li" -> {
                newLine();
                doP = false;
                write("* ");
            }
            case "ul", "ol" -> {
                if (listDepth != 0) {
                    indent++;
                }
                listDepth++;
                newParagraph();
            }
            case "note" -> startAdmonition("note", "Note");
            case "important" -> startAdmonition("warning", "Warning");
            case "danger" -> startAdmonition("danger", "Danger");
            case "examples", "fullname" -> keepData = false;
            case "codeblock" -> {
                write("::");
                indent++;
                newParagraph();
            }
            default -> throw new IllegalArgumentException(t.name);
        }
    }

    private void end(String name) {
        switch (name) {
            case "p" -> paragraphBreak();
            case "b", "bold" -> endInline("**");
            case "i", "italics" -> endInline("*");
            case "code" -> endInline("``");
            case "a" -> endLink();
            case "li" -> {
                doP = true;
                newLine();
            }
            case "ul", "ol" -> {
                listDepth--;
                if (listDepth != 0) {
                    indent = Math.max(0, indent - 1);
                }
                newParagraph();
            }
            case "note", "important", "danger", "codeblock" -> {
                indent = Math.max(0, indent - 1);
                newParagraph();
            }
            case "examples", "fullname" -> keepData = true;
            default -> throw new IllegalArgumentException(name);
        }
    }

    private void startAdmonition(String directive, String title) {
        newParagraph();
        write(".. " + directive + ":: " + title);
        indent++;
        newParagraph();
    }

    private void startLink(Tag t) {
        trailingSpace();
        if (!t.attrs.isEmpty()) {
            for (String[] attr : t.attrs) {
                if (attr[0].equals("href")) {
                    href = attr[1] == null ? "" : attr[1].strip();
                    write("`");
                }
            }
        } else {
            write(" "); // <a>DescribeInstances</a>: a plain name, kept apart from the word before
        }
    }

    private void endLink() {
        if (href == null || href.isEmpty()) {
            href = null;
            return;
        }
        // The link text: everything written since the opening back-quote, without the space after it.
        String text = pop();
        while (!text.startsWith("`")) {
            String before = pop();
            if (before == null) {
                throw new IllegalStateException("no link start");
            }
            text = before + text;
        }
        if (text.startsWith("` ")) {
            text = "`" + text.substring(1).stripLeading();
        }
        text = stripTrailingBlanks(text);
        if (!text.isEmpty() && !text.equals("`")) {
            writes.add(text.replace(":", "\\:"));
            writes.add(" <" + href + ">`__");
        } else if (text.equals("`")) {
            writes.add("`<" + href + ">`__");
        } else {
            writes.add(href);
            write("`__");
        }
        href = null;
    }

    private void startInline(String markup) {
        // A space between adjacent bold and italic markers, which reST would otherwise read as one marker.
        if (!writes.isEmpty()) {
            String last = writes.get(writes.size() - 1);
            if ((last.equals("*") || last.equals("**")) && (markup.equals("*") || markup.equals("**"))) {
                write(" ");
            }
        }
        write(markup);
    }

    private void endInline(String markup) {
        String last = pop();
        if (markup.equals(last)) {
            return; // an empty element such as <b></b> writes nothing
        }
        if (last != null) {
            writes.add(last);
        }
        write(markup);
    }

    /** Makes sure the last write ends with a space, so that inline markup starts a new word. */
    private void trailingSpace() {
        String last = pop();
        if (last == null) {
            last = "";
        }
        if (!last.isEmpty() && !last.endsWith(" ")) {
            last += " ";
        }
        writes.add(last);
    }

    private void paragraphBreak() {
        if (doP) {
            write("\n\n" + spaces());
        }
    }

    private void newParagraph() {
        write("\n\n" + spaces());
    }

    private void newLine() {
        write("\n" + spaces());
    }

    private String spaces() {
        return " ".repeat(indent * 2);
    }

    private void write(String s) {
        if (keepData) {
            writes.add(s);
        }
    }

    private String pop() {
        return writes.isEmpty() ? null : writes.remove(writes.size() - 1);
    }

    private static String stripTrailingBlanks(String s) {
        int end = s.length();
        while (end > 0 && s.charAt(end - 1) == ' ') {
            end--;
        }
        return s.substring(0, end);
    }

    /** The words of {@code s}, split at white-space as Python's {@code str.split()} does. */
    static List<String> splitWords(String s) {
        List<String> words = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            while (i < s.length() && HtmlTree.isSpace(s.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < s.length() && !HtmlTree.isSpace(s.charAt(i))) {
                i++;
            }
            if (i > start) {
                words.add(s.substring(start, i));
            }
        }
        return words;
    }
}
