package dev.shapegen.emit;

import java.util.Locale;
import java.util.Map;

/**
 * A tolerant, linear-time pull tokenizer for the HTML of AWS documentation strings.
 *
 * <p>Text comes out with entities decoded; tag names in lower case, with {@code href} as the only
 * attribute kept. A {@code <} that does not start a well-formed tag is text; comments and
 * declarations are skipped.
 */
final class HtmlScanner {

    enum Kind { TEXT, START, END }

    private static final Map<String, String> ENTITIES = Map.ofEntries(Map.entry("amp", "&"),
            Map.entry("lt", "<"), Map.entry("gt", ">"), Map.entry("quot", "\""), Map.entry("apos", "'"),
            Map.entry("nbsp", "\u00a0"), Map.entry("ndash", "\u2013"), Map.entry("mdash", "\u2014"),
            Map.entry("lsquo", "\u2018"), Map.entry("rsquo", "\u2019"), Map.entry("ldquo", "\u201c"),
            Map.entry("rdquo", "\u201d"), Map.entry("hellip", "\u2026"), Map.entry("bull", "\u2022"),
            Map.entry("middot", "\u00b7"), Map.entry("copy", "\u00a9"), Map.entry("reg", "\u00ae"),
            Map.entry("trade", "\u2122"), Map.entry("deg", "\u00b0"), Map.entry("times", "\u00d7"),
            Map.entry("plusmn", "\u00b1"), Map.entry("laquo", "\u00ab"), Map.entry("raquo", "\u00bb"),
            Map.entry("euro", "\u20ac"), Map.entry("larr", "\u2190"), Map.entry("rarr", "\u2192"));

    private final String s;
    private int pos;
    /** The next {@code &} at or after the last place looked at, else the length: found once, in linear time. */
    private int amp = -1;
    private boolean commentsEnd = true;
    private Kind kind;
    private String text;
    private String name;
    private String href;
    private boolean selfClosing;

    HtmlScanner(String s) {
        this.s = s;
    }

    Kind kind() {
        return kind;
    }

    /** The decoded text of a {@link Kind#TEXT} token. */
    String text() {
        return text;
    }

    /** The lower-case name of a tag. */
    String name() {
        return name;
    }

    /** The decoded {@code href} of a start tag, or null. */
    String href() {
        return href;
    }

    /** Whether a start tag ends with {@code />}. */
    boolean selfClosing() {
        return selfClosing;
    }

    /** Advances to the next token; false at the end of the input. */
    boolean next() {
        int n = s.length();
        while (pos < n) {
            int lt = s.indexOf('<', pos);
            lt = lt < 0 ? n : lt;
            if (lt > pos) {
                setText(decode(pos, lt));
                pos = lt;
                return true;
            }
            if (commentsEnd && s.startsWith("<!--", lt)) {
                int e = s.indexOf("-->", lt + 2); // + 2 ends "<!-->" and "<!---->" as HTML does
                if (e >= 0) {
                    pos = e + 3;
                    continue;
                }
                commentsEnd = false; // no later comment can end either: spares rescanning
            }
            int p = lt + 1;
            boolean end = p < n && s.charAt(p) == '/';
            p += end ? 1 : 0;
            boolean decl = !end && p < n && (s.charAt(p) == '!' || s.charAt(p) == '?');
            int gt = decl || (p < n && isAsciiLetter(s.charAt(p))) ? p : n;
            while (gt < n && s.charAt(gt) != '>' && s.charAt(gt) != '<') {
                gt++; // stopping at the next '<' keeps the scan linear
            }
            if (gt >= n || s.charAt(gt) == '<') {
                setText("<"); // a less-than sign in text, as in "a < b"
                pos = lt + 1;
                return true;
            }
            pos = gt + 1;
            if (!decl) {
                int q = p;
                while (q < gt && (isAsciiLetter(s.charAt(q)) || isAsciiDigit(s.charAt(q))
                        || "-:_".indexOf(s.charAt(q)) >= 0)) {
                    q++;
                }
                kind = end ? Kind.END : Kind.START;
                name = s.substring(p, q).toLowerCase(Locale.ROOT);
                href = end ? null : attribute(q, gt, "href");
                selfClosing = !end && s.charAt(gt - 1) == '/';
                return true;
            }
        }
        return false;
    }

    private void setText(String t) {
        kind = Kind.TEXT;
        text = t;
        name = null;
        href = null;
        selfClosing = false;
    }

    /** The decoded value of attribute {@code want} within {@code s[from, to)}, or null. */
    private String attribute(int from, int to, String want) {
        int i = from;
        while (i < to) {
            while (i < to && (s.charAt(i) <= ' ' || s.charAt(i) == '/')) {
                i++;
            }
            int nameStart = i;
            while (i < to && s.charAt(i) > ' ' && s.charAt(i) != '=' && s.charAt(i) != '/') {
                i++;
            }
            int nameEnd = i;
            while (i < to && s.charAt(i) <= ' ') {
                i++;
            }
            if (i >= to || s.charAt(i) != '=') {
                continue; // an attribute without a value
            }
            i++;
            while (i < to && s.charAt(i) <= ' ') {
                i++;
            }
            int valueStart = i;
            int valueEnd;
            if (i < to && (s.charAt(i) == '"' || s.charAt(i) == '\'')) {
                valueStart = ++i;
                valueEnd = indexOf(s, s.charAt(i - 1), i, to);
                i = Math.min(valueEnd + 1, to);
            } else {
                while (i < to && s.charAt(i) > ' ') {
                    i++;
                }
                valueEnd = i;
            }
            if (s.substring(nameStart, nameEnd).equalsIgnoreCase(want)) {
                return decode(valueStart, valueEnd);
            }
        }
        return null;
    }

    /** Decodes the entities in {@code s[from, to)}; unknown or malformed ones stay as they are. */
    private String decode(int from, int to) {
        StringBuilder b = null;
        int i = from;
        int search = from;
        while (true) {
            if (amp < search) {
                amp = s.indexOf('&', search);
                amp = amp < 0 ? s.length() : amp;
            }
            if (amp >= to) {
                return b == null ? s.substring(from, to) : b.append(s, i, to).toString();
            }
            int j = amp + 1;
            while (j < to && j - amp < 12 && (isAsciiLetter(s.charAt(j)) || isAsciiDigit(s.charAt(j))
                    || s.charAt(j) == '#')) {
                j++;
            }
            String value = j < to && s.charAt(j) == ';' ? entity(s.substring(amp + 1, j)) : null;
            if (value != null) {
                b = b == null ? new StringBuilder(to - from) : b;
                b.append(s, i, amp).append(value);
                i = j + 1;
            }
            search = value != null ? i : amp + 1;
        }
    }

    private static String entity(String name) {
        if (!name.startsWith("#")) {
            return ENTITIES.get(name);
        }
        boolean hex = name.length() > 1 && (name.charAt(1) == 'x' || name.charAt(1) == 'X');
        int cp;
        try {
            cp = Integer.parseInt(name.substring(hex ? 2 : 1), hex ? 16 : 10);
        } catch (NumberFormatException e) {
            return null; // as in "&#;" or "&#xZZ;": kept as text
        }
        if (cp < 0 || !Character.isValidCodePoint(cp) || (cp >= 0xD800 && cp <= 0xDFFF)) {
            return null;
        }
        return Character.isISOControl(cp) ? " " : Character.toString(cp);
    }

    /** Whitespace and control characters, all of which collapse to one space. */
    static boolean isSpace(char c) {
        return c <= ' ' || (c >= 0x7f && (Character.isWhitespace(c) || Character.isISOControl(c)));
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Like {@link String#indexOf(int, int)}, but looks no further than {@code to}. */
    private static int indexOf(String s, char c, int from, int to) {
        int i = from;
        while (i < to && s.charAt(i) != c) {
            i++;
        }
        return i;
    }
}
