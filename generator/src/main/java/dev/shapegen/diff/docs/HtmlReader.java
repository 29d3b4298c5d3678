package dev.shapegen.diff.docs;

import dev.shapegen.diff.docs.HtmlTree.Tag;
import dev.shapegen.diff.docs.HtmlTree.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads documentation HTML into an {@link HtmlTree} the way botocore's doc-string parser (built on Python's
 * {@code html.parser}) does: only the tags its reST style has handlers for become nodes; any other tag is dropped
 * and its text lands in the enclosing node. An end tag of a known tag closes whatever node is open, matching or
 * not. When that leaves no node open and more content follows, botocore fails on the string and writes nothing of
 * it, so {@link #parse} returns null then. Comments and declarations are skipped; a {@code <} that starts no tag is
 * text; character references are decoded.
 */
final class HtmlReader {

    private static final Map<String, String> ENTITIES = Map.ofEntries(Map.entry("amp", "&"), Map.entry("lt", "<"),
            Map.entry("gt", ">"), Map.entry("quot", "\""), Map.entry("apos", "'"), Map.entry("nbsp", "\u00a0"),
            Map.entry("ndash", "\u2013"), Map.entry("mdash", "\u2014"), Map.entry("lsquo", "\u2018"),
            Map.entry("rsquo", "\u2019"), Map.entry("ldquo", "\u201c"), Map.entry("rdquo", "\u201d"),
            Map.entry("hellip", "\u2026"), Map.entry("bull", "\u2022"), Map.entry("middot", "\u00b7"),
            Map.entry("copy", "\u00a9"), Map.entry("reg", "\u00ae"), Map.entry("trade", "\u2122"),
            Map.entry("deg", "\u00b0"), Map.entry("times", "\u00d7"), Map.entry("plusmn", "\u00b1"),
            Map.entry("laquo", "\u00ab"), Map.entry("raquo", "\u00bb"), Map.entry("euro", "\u20ac"),
            Map.entry("larr", "\u2190"), Map.entry("rarr", "\u2192"), Map.entry("le", "\u2264"),
            Map.entry("ge", "\u2265"), Map.entry("ne", "\u2260"), Map.entry("micro", "\u00b5"),
            Map.entry("sect", "\u00a7"), Map.entry("para", "\u00b6"), Map.entry("shy", "\u00ad"));

    private HtmlReader() {}

    /** The tree of {@code html}, or null when botocore would fail on it and write nothing. */
    static Tag parse(String html) {
        Tag root = new Tag(null, List.of());
        Tag current = root;
        int n = html.length();
        int pos = 0;
        while (pos < n) {
            int lt = html.indexOf('<', pos);
            if (lt < 0) {
                lt = n;
            }
            if (lt > pos) {
                if (current == null) {
                    return null;
                }
                current.add(new Text(decode(html.substring(pos, lt))));
                pos = lt;
                continue;
            }
            if (html.startsWith("<!--", lt)) {
                int end = html.indexOf("-->", lt + 4);
                pos = end < 0 ? n : end + 3;
                continue;
            }
            boolean endTag = lt + 1 < n && html.charAt(lt + 1) == '/';
            int nameStart = lt + (endTag ? 2 : 1);
            boolean markup = lt + 1 < n && (html.charAt(lt + 1) == '!' || html.charAt(lt + 1) == '?');
            boolean tag = nameStart < n && isAsciiLetter(html.charAt(nameStart));
            int gt = markup || tag ? closingBracket(html, lt) : -1;
            if (gt < 0) {
                if (current == null) {
                    return null;
                }
                // Not a tag, or one never closed: Python's parser gives it back as text.
                int to = markup || tag ? n : lt + 1;
                current.add(new Text(decode(html.substring(lt, to))));
                pos = to;
                continue;
            }
            pos = gt + 1;
            if (markup) {
                continue;
            }
            int nameEnd = nameStart;
            while (nameEnd < gt && !HtmlTree.isSpace(html.charAt(nameEnd)) && html.charAt(nameEnd) != '/') {
                nameEnd++;
            }
            String name = html.substring(nameStart, nameEnd).toLowerCase(Locale.ROOT);
            if (!HtmlTree.HANDLED.contains(name)) {
                continue;
            }
            if (current == null) {
                return null;
            }
            if (endTag) {
                current = current.parent;
                continue;
            }
            Tag node = new Tag(name, attributes(html, nameEnd, gt));
            current.add(node);
            current = node;
            if (html.charAt(gt - 1) == '/') {
                current = current.parent; // <p/>: a start and an end
            }
        }
        return root;
    }

    /** The {@code >} that ends the tag starting at {@code lt}, skipping quoted attribute values; -1 if none. */
    private static int closingBracket(String s, int lt) {
        char quote = 0;
        for (int i = lt + 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quote != 0) {
                quote = c == quote ? 0 : quote;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '>') {
                return i;
            }
        }
        return -1;
    }

    /** The attributes in {@code s[from, to)}: lower-case names, decoded values (null for a bare name). */
    private static List<String[]> attributes(String s, int from, int to) {
        List<String[]> attrs = new ArrayList<>();
        int i = from;
        while (i < to) {
            while (i < to && (HtmlTree.isSpace(s.charAt(i)) || s.charAt(i) == '/')) {
                i++;
            }
            int nameStart = i;
            while (i < to && !HtmlTree.isSpace(s.charAt(i)) && s.charAt(i) != '=' && s.charAt(i) != '/') {
                i++;
            }
            if (i == nameStart) {
                i++;
                continue;
            }
            String name = s.substring(nameStart, i).toLowerCase(Locale.ROOT);
            while (i < to && HtmlTree.isSpace(s.charAt(i))) {
                i++;
            }
            String value = null;
            if (i < to && s.charAt(i) == '=') {
                i++;
                while (i < to && HtmlTree.isSpace(s.charAt(i))) {
                    i++;
                }
                int valueStart = i;
                if (i < to && (s.charAt(i) == '"' || s.charAt(i) == '\'')) {
                    int close = s.indexOf(s.charAt(i), i + 1);
                    close = close < 0 || close > to ? to : close;
                    value = s.substring(i + 1, close);
                    i = close + 1;
                } else {
                    while (i < to && !HtmlTree.isSpace(s.charAt(i))) {
                        i++;
                    }
                    value = s.substring(valueStart, i);
                }
                value = decode(value);
            }
            attrs.add(new String[] {name, value});
        }
        return attrs;
    }

    /** Decodes character references: named ones of the table, decimal and hexadecimal ones; others stay as written. */
    static String decode(String s) {
        int amp = s.indexOf('&');
        if (amp < 0) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        int pos = 0;
        while (amp >= 0) {
            out.append(s, pos, amp);
            int semi = s.indexOf(';', amp);
            String replacement = null;
            if (semi > amp + 1 && semi - amp <= 12) {
                replacement = reference(s.substring(amp + 1, semi));
            }
            if (replacement != null) {
                out.append(replacement);
                pos = semi + 1;
            } else {
                out.append('&');
                pos = amp + 1;
            }
            amp = s.indexOf('&', pos);
        }
        return out.append(s, pos, s.length()).toString();
    }

    private static String reference(String name) {
        if (name.startsWith("#")) {
            try {
                boolean hex = name.length() > 1 && (name.charAt(1) == 'x' || name.charAt(1) == 'X');
                int code = Integer.parseInt(name.substring(hex ? 2 : 1), hex ? 16 : 10);
                return Character.isValidCodePoint(code) && code != 0 ? Character.toString(code) : "\ufffd";
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return ENTITIES.get(name);
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
