package dev.shapegen.diff;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** Python's one-line {@code repr} of {@link PyValue}s and the order {@code pprint} sorts them in. */
final class PyRepr {
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    /**
     * The order {@code pprint} sorts dict keys and set elements in. Values of one type compare as Python compares
     * them. Values Python cannot compare ({@code 1 < 'a'} raises {@code TypeError}) fall back, as in
     * {@code pprint}, to the name of their type, so every int sorts before every str and every str before every
     * tuple. Where Python would then go on to compare object addresses, this order stays deterministic instead.
     */
    static final Comparator<PyValue> ORDER = PyRepr::compare;

    private PyRepr() {}

    /**
     * The one-line representation.
     *
     * @param sortDicts sort dict entries by key, as {@code pprint.saferepr} does; otherwise keep the given order,
     *     as {@code repr} does
     * @param cache representations already computed for these very objects, or {@code null}; nested containers
     *     are asked for their representation at every level of nesting, so the printer reuses them
     */
    static String repr(PyValue value, boolean sortDicts, Map<PyValue, String> cache) {
        if (cache != null) {
            String cached = cache.get(value);
            if (cached != null) {
                return cached;
            }
        }
        String rep;
        if (value instanceof PyValue.Str s) {
            rep = strRepr(s.value());
        } else if (value instanceof PyValue.Int i) {
            rep = Long.toString(i.value());
        } else if (value instanceof PyValue.Dict d) {
            List<String> parts = new ArrayList<>(d.entries().size());
            for (PyValue.Entry e : sortDicts ? sortedEntries(d) : d.entries()) {
                parts.add(repr(e.key(), sortDicts, cache) + ": " + repr(e.value(), sortDicts, cache));
            }
            rep = "{" + String.join(", ", parts) + "}";
        } else if (value instanceof PyValue.Set s) {
            rep = s.elements().isEmpty() ? "set()" : "{" + joined(sortedElements(s), sortDicts, cache) + "}";
        } else if (value instanceof PyValue.ListValue l) {
            rep = "[" + joined(l.elements(), sortDicts, cache) + "]";
        } else {
            List<PyValue> elements = ((PyValue.Tuple) value).elements();
            // A one-element tuple needs its trailing comma to differ from a parenthesised expression.
            rep = "(" + joined(elements, sortDicts, cache) + (elements.size() == 1 ? ",)" : ")");
        }
        if (cache != null) {
            cache.put(value, rep);
        }
        return rep;
    }

    /**
     * {@code repr(s)} of CPython 3: single quotes unless the text has a single quote and no double quote; the
     * chosen quote and backslash escaped; {@code \t \n \r} by name; other ASCII controls as {@code \xhh};
     * non-ASCII kept when printable, else {@code \xhh}, <code>&#92;uhhhh</code> or {@code \Uhhhhhhhh} by size.
     */
    static String strRepr(String s) {
        char quote = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder sb = new StringBuilder(s.length() + 2);
        sb.append(quote);
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == quote || cp == '\\') {
                sb.append('\\').append((char) cp);
            } else if (cp == '\t') {
                sb.append("\\t");
            } else if (cp == '\n') {
                sb.append("\\n");
            } else if (cp == '\r') {
                sb.append("\\r");
            } else if (cp < ' ' || cp == 0x7F) {
                appendHex(sb, "\\x", cp, 2);
            } else if (cp < 0x7F || PyUnicode.isPrintable(cp)) {
                sb.appendCodePoint(cp);
            } else if (cp <= 0xFF) {
                appendHex(sb, "\\x", cp, 2);
            } else if (cp <= 0xFFFF) {
                appendHex(sb, "\\u", cp, 4);
            } else {
                appendHex(sb, "\\U", cp, 8);
            }
        }
        return sb.append(quote).toString();
    }

    /** Dict entries in {@code pprint} order (by key; keys are unique, so values never decide). */
    static List<PyValue.Entry> sortedEntries(PyValue.Dict dict) {
        List<PyValue.Entry> entries = new ArrayList<>(dict.entries());
        entries.sort((a, b) -> compare(a.key(), b.key()));
        return entries;
    }

    /** Set elements in {@code pprint} order. */
    static List<PyValue> sortedElements(PyValue.Set set) {
        List<PyValue> elements = new ArrayList<>(set.elements());
        elements.sort(ORDER);
        return elements;
    }

    private static String joined(List<? extends PyValue> values, boolean sortDicts, Map<PyValue, String> cache) {
        StringBuilder sb = new StringBuilder();
        for (PyValue v : values) {
            if (sb.length() > 0) {
                sb.append(", ");
            }
            sb.append(repr(v, sortDicts, cache));
        }
        return sb.toString();
    }

    private static void appendHex(StringBuilder sb, String prefix, int cp, int digits) {
        sb.append(prefix);
        for (int shift = 4 * (digits - 1); shift >= 0; shift -= 4) {
            sb.append(HEX[(cp >>> shift) & 0xF]);
        }
    }

    private static int compare(PyValue a, PyValue b) {
        int byType = typeName(a).compareTo(typeName(b));
        if (byType != 0) {
            return byType;
        }
        if (a instanceof PyValue.Str x && b instanceof PyValue.Str y) {
            return PyUnicode.compare(x.value(), y.value());
        }
        if (a instanceof PyValue.Int x && b instanceof PyValue.Int y) {
            return Long.compare(x.value(), y.value());
        }
        if (a instanceof PyValue.Tuple x && b instanceof PyValue.Tuple y) {
            return compareSequences(x.elements(), y.elements());
        }
        if (a instanceof PyValue.ListValue x && b instanceof PyValue.ListValue y) {
            return compareSequences(x.elements(), y.elements());
        }
        // Dicts have no order in Python and sets only a partial one (subset); keep them as given.
        return 0;
    }

    /** Lexicographic, a prefix first, as Python compares tuples and lists. */
    private static int compareSequences(List<PyValue> a, List<PyValue> b) {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int c = compare(a.get(i), b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    }

    /** Python's {@code type(v).__name__}; the fallback order compares {@code str(type(v))}, which sorts alike. */
    private static String typeName(PyValue v) {
        if (v instanceof PyValue.Str) {
            return "str";
        } else if (v instanceof PyValue.Int) {
            return "int";
        } else if (v instanceof PyValue.Dict) {
            return "dict";
        } else if (v instanceof PyValue.Set) {
            return "set";
        } else if (v instanceof PyValue.ListValue) {
            return "list";
        }
        return "tuple";
    }
}
