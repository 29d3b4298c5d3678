package dev.shapegen.emit;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;

/**
 * The lines of a Javadoc comment body: escapes text, indents lines and wraps them at spaces at 100
 * columns.
 *
 * <p>Content is gathered one logical line at a time (a paragraph, a list item, a list tag) and
 * wrapped when the next line starts.
 */
final class JavadocWriter {

    /** Stands for a space at which a line must not be wrapped, as inside a start tag. */
    static final char KEEP = '\0';
    private static final int WIDTH = 100;

    private final StringBuilder out = new StringBuilder();
    private final StringBuilder line = new StringBuilder();
    /** Where {@link #line} may be wrapped: the offsets of its breakable spaces, in order. */
    private int[] breaks = new int[64];
    private int breakCount;
    private int indent;
    private int contIndent;

    boolean lineEmpty() {
        return line.length() == 0;
    }

    /** Ends the current line; the next starts at {@code indent}, continues at {@code contIndent}. */
    void newLine(int indent, int contIndent) {
        flush();
        this.indent = indent;
        this.contIndent = contIndent;
    }

    /** Ends the current line and leaves a blank one after it. */
    void blankLine() {
        flush();
        if (out.length() > 0) {
            out.append('\n');
        }
    }

    /** Appends markup as is; its spaces are wrap points, its {@link #KEEP}s spaces that are not. */
    JavadocWriter raw(String markup) {
        int start = line.length();
        line.append(markup);
        for (int k = markup.indexOf(' '); k >= 0; k = markup.indexOf(' ', k + 1)) {
            if (breakCount == breaks.length) {
                breaks = Arrays.copyOf(breaks, 2 * breakCount);
            }
            breaks[breakCount++] = start + k;
        }
        for (int k = markup.indexOf(KEEP); k >= 0; k = markup.indexOf(KEEP, k + 1)) {
            line.setCharAt(start + k, ' ');
        }
        return this;
    }

    /** Appends {@code t[from, to)}, a word of text without whitespace, escaped for Javadoc HTML. */
    void text(String t, int from, int to) {
        for (int k = from; k < to; k++) {
            char c = t.charAt(k);
            switch (c) {
                case '<' -> line.append("&lt;");
                case '>' -> line.append("&gt;");
                case '&' -> line.append("&amp;");
                case '@' -> line.append("&#64;"); // else it might start a block or inline tag
                // javac reads a unicode escape even in a comment
                case '\\' -> line.append(k + 1 < to && t.charAt(k + 1) == 'u' ? "&#92;" : "\\");
                case '/' -> line.append(k > from && t.charAt(k - 1) == '*' ? "&#47;" : "/");
                default -> {
                    if (!Character.isSurrogate(c)) {
                        line.append(c);
                    } else if (Character.isHighSurrogate(c) && k + 1 < to
                            && Character.isLowSurrogate(t.charAt(k + 1))) {
                        line.append(c).append(t.charAt(++k));
                    } else {
                        line.append('\ufffd'); // a lone surrogate cannot be written as UTF-8
                    }
                }
            }
        }
    }

    /** Writes the current line, wrapped greedily at its spaces. */
    void flush() {
        int n = line.length();
        int ind = indent;
        int col = 0;
        for (int b = 0, i = 0; b <= breakCount; b++) {
            int j = b < breakCount ? breaks[b] : n;
            if (j > i) {
                if (col > 0 && ind + col + 1 + (j - i) > WIDTH) {
                    out.append('\n');
                    ind = contIndent;
                    col = 0;
                }
                out.append(col > 0 ? " " : " ".repeat(ind));
                col += (col > 0 ? 1 : 0) + j - i;
                out.append(line, i, j);
            }
            i = j + 1;
        }
        if (n > 0) {
            out.append('\n');
            line.setLength(0);
        }
        breakCount = 0;
    }

    /** The text written, without trailing newlines. */
    String result() {
        flush();
        int end = out.length();
        while (end > 0 && out.charAt(end - 1) == '\n') {
            end--;
        }
        // Last guards for what text tokens can form across dropped tags: a comment terminator, and a
        // unicode escape, which javac reads even in comments
        String r = out.substring(0, end);
        r = r.contains("*/") ? r.replace("*/", "*&#47;") : r;
        return r.contains("\\u") ? r.replace("\\u", "&#92;u") : r;
    }

    /**
     * Whether {@code {@code t}} shows {@code t} faithfully: its braces must balance, and it can
     * escape neither {@code @}, comment terminators nor unicode escapes (nor check surrogates).
     */
    static boolean literalSafe(String t) {
        int depth = 0;
        for (int k = 0; k < t.length(); k++) {
            char c = t.charAt(k);
            char next = k + 1 < t.length() ? t.charAt(k + 1) : 0;
            depth += c == '{' ? 1 : c == '}' ? -1 : 0;
            if (depth < 0 || Character.isSurrogate(c) || c == '@' || (c == '*' && next == '/')
                    || (c == '\\' && next == 'u')) {
                return false;
            }
        }
        return depth == 0;
    }

    /** The start tag of a link to {@code href}, or null unless it is an absolute http(s) URL. */
    static String anchor(String href) {
        String url = href == null ? "" : href.strip();
        if (!url.chars().allMatch(c -> c > ' ' && c < 0x7f)) {
            return null; // printable ASCII only: no whitespace, controls or lone surrogates
        }
        // doclint parses the attribute text, entities and all, as a URI: only &amp; can be used
        String attr = url.replace("&", "&amp;").replace("*/", "%2A/");
        try {
            URI uri = new URI(url);
            new URI(attr);
            boolean web = "http".equalsIgnoreCase(uri.getScheme())
                    || "https".equalsIgnoreCase(uri.getScheme());
            return web && uri.getHost() != null ? "<a" + KEEP + "href=\"" + attr + "\">" : null;
        } catch (URISyntaxException e) {
            return null; // only the link text is kept
        }
    }
}
