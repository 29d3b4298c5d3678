package dev.shapegen.emit;

import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns the HTML of an AWS service model {@code documentation} string into the body of a Javadoc
 * comment, ready for {@code addJavadoc("$L", text)}.
 *
 * <p>Malformed input is tolerated: unclosed or misnested tags, a bare {@code <} in text, unknown
 * entities and tags. The result passes {@code javadoc -Xdoclint:all,-missing} cleanly. Paragraphs
 * are separated by a blank line and {@code <p>}; lists are properly nested and closed; code becomes
 * {@code {@code ...}} when its text allows, else an escaped {@code <code>} element; links keep
 * their {@code href} only for absolute http(s) URLs; {@code <note>} and {@code <important>} become
 * paragraphs with a bold label; other tags are dropped, keeping their text. Empty elements are
 * dropped, {@code @} and comment terminators are escaped, whitespace is collapsed and lines are
 * wrapped at 100 columns. The conversion is deterministic and takes linear time.
 */
public final class JavadocText {

    private static final Map<String, String> INLINE =
            Map.of("b", "b", "strong", "b", "i", "i", "em", "i", "a", "a");
    private static final Set<String> CODE = Set.of("code", "tt", "kbd", "samp");
    private static final Set<String> LISTS = Set.of("ul", "ol", "dl");
    private static final Set<String> ITEMS = Set.of("li", "dt", "dd");
    private static final Set<String> BLOCKS = Set.of("p", "div", "br", "pre", "blockquote",
            "fullname", "examples", "example", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "table", "tr",
            "td", "th", "section", "note", "important", "ul", "ol", "dl", "li", "dt", "dd");
    /** What {@link HtmlScanner#isSpace} accepts: whitespace and control characters. */
    private static final Pattern SPACES = Pattern.compile("[\\p{javaWhitespace}\\p{Cc}]+");

    private final JavadocWriter w = new JavadocWriter();
    private final BlockStack blocks = new BlockStack();
    private final InlineStack inlines = new InlineStack();
    /** The text of the {@code <code>} element being read; null outside one. */
    private StringBuilder code;
    private boolean space;
    /** The pending space came just before an end tag, so it gives way to punctuation. */
    private boolean weakSpace;
    private boolean needBreak;
    private boolean atStart;
    private String label;

    private JavadocText() {}

    /**
     * Converts AWS documentation HTML into a Javadoc comment body.
     *
     * @param html the documentation string, possibly malformed; may be {@code null}
     * @return the comment body, without delimiters or leading and trailing blank lines; {@code ""}
     *     for {@code null}, empty or blank input
     */
    public static String fromHtml(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        JavadocText t = new JavadocText();
        HtmlScanner scanner = new HtmlScanner(html);
        while (scanner.next()) {
            if (scanner.kind() == HtmlScanner.Kind.TEXT) {
                t.text(scanner.text());
            } else if (scanner.kind() == HtmlScanner.Kind.END) {
                t.end(scanner.name());
            } else {
                t.start(scanner.name(), scanner.href());
                if (scanner.selfClosing()) {
                    t.end(scanner.name());
                }
            }
        }
        t.blockBreak();
        while (t.blocks.depth() > 1) {
            t.pop();
        }
        return t.w.result();
    }

    private void text(String t) {
        if (code != null) {
            code.append(t);
            return;
        }
        for (int i = 0, n = t.length(); i < n; ) {
            int j = i;
            while (j < n && !HtmlScanner.isSpace(t.charAt(j))) {
                j++;
            }
            if (j > i) {
                put(t, i, j, true);
            } else {
                space = true;
                weakSpace = false;
                j++;
            }
            i = j;
        }
    }

    private void start(String name, String href) {
        if (code != null && INLINE.containsKey(name)) {
            codeAsHtml();
        } else if (code != null && BLOCKS.contains(name)) {
            flushCode();
        } else if (code != null) {
            return; // a nested code element or an unknown tag
        }
        String inline = INLINE.get(name);
        if ("a".equals(inline)) {
            endInline("a"); // links do not nest
            String open = JavadocWriter.anchor(href);
            startInline("a", open == null ? "" : open, open == null ? "" : "</a>");
        } else if (inline != null) {
            startInline(inline, "<" + inline + ">", "</" + inline + ">");
        } else if (CODE.contains(name) && inlines.has("code")) {
            startInline("code", "", ""); // inside code written as HTML: its end tag must match
        } else if (CODE.contains(name)) {
            code = new StringBuilder();
        } else if (BLOCKS.contains(name)) {
            blockBreak();
            if (name.equals("note") || name.equals("important")) {
                label = name.equals("note") ? "Note:" : "Important:";
            } else if (LISTS.contains(name)) {
                startList(name);
            } else if (ITEMS.contains(name)) {
                startItem(name);
            }
        }
    }

    private void end(String name) {
        if (code != null && (CODE.contains(name) || BLOCKS.contains(name))) {
            flushCode();
        } else if (code != null && INLINE.containsKey(name)) {
            codeAsHtml();
        } else if (code != null) {
            return;
        }
        if (INLINE.containsKey(name) || CODE.contains(name)) {
            endInline(INLINE.getOrDefault(name, "code"));
        } else if (BLOCKS.contains(name)) {
            blockBreak();
            if (name.equals("note") || name.equals("important")) {
                label = null;
            } else if (LISTS.contains(name)) {
                int k = blocks.innermostList();
                while (k > 0 && blocks.depth() > k) {
                    pop();
                }
            } else if (ITEMS.contains(name) && top().parent != null && !top().list) {
                pop();
            }
        }
    }

    private void startList(String name) {
        if (blocks.depth() >= BlockStack.MAX) {
            return;
        }
        if (label != null) {
            ensureBlock(); // the label becomes a paragraph of its own, before the list
        }
        if (top().tag.equals("dt")) {
            pop(); // a term holds no blocks: the list follows it
        }
        if (top().list) {
            push(top().tag.equals("dl") ? "dd" : "li", false);
        }
        push(name, true);
    }

    private void startItem(String name) {
        if (!top().list && top().parent != null) {
            pop(); // an unclosed sibling item
        }
        if (!top().list) {
            push(name.equals("li") ? "ul" : "dl", true);
        }
        push(!top().tag.equals("dl") ? "li" : name.equals("li") ? "dd" : name, false);
    }

    private void startInline(String tag, String open, String close) {
        inlines.push(tag, open, close);
    }

    /** Closes the innermost {@code tag} element and whatever is still open inside it. */
    private void endInline(String tag) {
        if (inlines.close(tag, w)) {
            weakSpace |= space;
        }
    }

    /** Ends the code element being read: {@code {@code ...}} if its text allows, else HTML. */
    private void flushCode() {
        if (code == null) {
            return;
        }
        String raw = code.toString();
        String body = SPACES.matcher(raw).replaceAll(" ");
        String trimmed = body.strip();
        code = null;
        if (JavadocWriter.literalSafe(trimmed)) {
            space |= body.startsWith(" ");
            if (!trimmed.isEmpty()) {
                String literal = "{@code" + JavadocWriter.KEEP + trimmed + "}";
                put(literal, 0, literal.length(), false);
                space = body.endsWith(" ");
                weakSpace = space;
            }
        } else {
            startInline("code", "<code>", "</code>");
            text(raw);
            endInline("code");
        }
    }

    /** Markup inside {@code <code>}: the element is written as HTML, from its start. */
    private void codeAsHtml() {
        String raw = code.toString();
        code = null;
        startInline("code", "<code>", "</code>");
        text(raw);
    }

    /** Closes the written inline elements at a block boundary and asks for a new paragraph. */
    private void blockBreak() {
        flushCode();
        inlines.closeWritten(w);
        space = false;
        weakSpace = false;
        needBreak = true;
    }

    /** Appends {@code s[from, to)}, escaped if asked, after writing whatever encloses it. */
    private void put(String s, int from, int to, boolean escape) {
        ensureBlock();
        boolean punct = weakSpace && ".,;:!?)".indexOf(s.charAt(from)) >= 0;
        if (space && !atStart && !w.lineEmpty() && !punct) {
            w.raw(" ");
        }
        space = false;
        weakSpace = false;
        atStart = false;
        inlines.writePending(w);
        if (escape) {
            w.text(s, from, to);
        } else {
            w.raw(s.substring(from, to));
        }
        top().content = true;
    }

    /** Writes the lists, items, paragraph start and label that content arriving now needs. */
    private void ensureBlock() {
        if (top().list) {
            push(top().tag.equals("dl") ? "dd" : "li", false);
        }
        BlockStack.Box written = blocks.writePending(w);
        if (written != null) {
            atStart = !written.list;
        }
        BlockStack.Box top = top();
        if ((needBreak || w.lineEmpty()) && top.content) {
            if (top.tag.equals("dt")) {
                space = true; // a term holds no paragraphs
            } else {
                if (top.parent == null) {
                    w.blankLine();
                }
                int indent = top.parent == null ? 0 : top.indent + 2;
                w.newLine(indent, indent);
                w.raw("<p>");
                atStart = true;
            }
        }
        needBreak = false;
        if (label != null) {
            w.raw(atStart || w.lineEmpty() ? "" : " ").raw("<b>" + label + "</b>");
            label = null;
            space = true;
            atStart = false;
            top.content = true;
        }
    }

    private void push(String tag, boolean list) {
        blocks.push(tag, list);
    }

    private void pop() {
        if (blocks.pop(w)) {
            atStart = false;
        }
    }

    private BlockStack.Box top() {
        return blocks.top();
    }
}
