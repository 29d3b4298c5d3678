package dev.shapegen.diff;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Formats {@link PyValue}s exactly as CPython 3.11's {@code pprint.pformat(value, width=width)} does with its other
 * defaults ({@code indent=1}, {@code sort_dicts=True}, {@code compact=False}, no depth limit).
 *
 * <p>The algorithm: a value whose one-line representation fits in the columns left is written on one line.
 * Otherwise a container is opened, each element goes on its own line one column in (dict values after their
 * {@code key: }), and each element is formatted by the same rule with the room that is left. The last element
 * must also leave room for the closing brackets after it (the "allowance"); the others need one column for their
 * comma. A string that does not fit is split into adjacent literals at line breaks and after runs of whitespace.
 *
 * <p>All widths count code points, as Python's {@code len} does.
 *
 * <p>One deliberate difference: a set short enough for one line is shown sorted here, while {@code pprint} shows
 * it in hash order, which for strings varies between Python processes. Sets {@code pprint} has to wrap are sorted
 * by both.
 */
public final class PrettyPrinter {
    /** {@code pprint}'s default line width. */
    public static final int DEFAULT_WIDTH = 80;

    /** Columns added per level of nesting; {@code pprint}'s default, the only one supported. */
    private static final int INDENT_PER_LEVEL = 1;

    private final int width;
    private final StringBuilder out = new StringBuilder();
    /**
     * One-line forms by object: each container's is needed again at every level below it. Keyed by identity
     * because hashing a record hashes everything inside it.
     */
    private final Map<PyValue, String> reprs = new IdentityHashMap<>();

    private PrettyPrinter(int width) {
        this.width = width;
    }

    /** {@code pprint.pformat(value)}: at most 80 columns where the value allows it. */
    public static String pformat(PyValue value) {
        return pformat(value, DEFAULT_WIDTH);
    }

    /**
     * {@code pprint.pformat(value, width=width)}. Lines are only broken between elements and after whitespace in
     * strings, so they can still be longer than {@code width}: a long dict key, number or word stays whole, and
     * nested containers of one element each have nowhere to break.
     *
     * @param width the desired maximum line length; any value but 0, as for {@code pprint} (a negative width
     *     just wraps everything)
     * @return the text, without a trailing newline
     */
    public static String pformat(PyValue value, int width) {
        if (width == 0) {
            throw new IllegalArgumentException("width must be != 0");
        }
        PrettyPrinter printer = new PrettyPrinter(width);
        printer.format(value, 0, 0, 0);
        return printer.out.toString();
    }

    /** {@code pprint.saferepr(value)}: the one-line form with dict keys sorted. */
    public static String saferepr(PyValue value) {
        return PyRepr.repr(value, true, null);
    }

    /**
     * Writes {@code value} starting at column {@code indent}, leaving {@code allowance} columns free after it for
     * what the enclosing containers still have to write on its last line.
     *
     * @param level how deeply {@code value} is nested; only a top-level string gets parentheses when split
     */
    private void format(PyValue value, int indent, int allowance, int level) {
        String rep = PyRepr.repr(value, true, reprs);
        if (PyUnicode.length(rep) <= width - indent - allowance) {
            out.append(rep);
            return;
        }
        if (value instanceof PyValue.Dict dict) {
            out.append('{');
            formatDictItems(PyRepr.sortedEntries(dict), indent, allowance + 1, level + 1);
            out.append('}');
        } else if (value instanceof PyValue.Set set) {
            if (set.elements().isEmpty()) {
                out.append(rep);
                return;
            }
            out.append('{');
            formatItems(PyRepr.sortedElements(set), indent, allowance + 1, level + 1);
            out.append('}');
        } else if (value instanceof PyValue.ListValue list) {
            out.append('[');
            formatItems(list.elements(), indent, allowance + 1, level + 1);
            out.append(']');
        } else if (value instanceof PyValue.Tuple tuple) {
            String end = tuple.elements().size() == 1 ? ",)" : ")";
            out.append('(');
            formatItems(tuple.elements(), indent, allowance + end.length(), level + 1);
            out.append(end);
        } else if (value instanceof PyValue.Str str) {
            formatStr(str.value(), indent, allowance, level + 1);
        } else {
            // Numbers are never broken, however little room is left.
            out.append(rep);
        }
    }

    /** Dict entries one per line; a value starts after its key, so its room depends on the key's length. */
    private void formatDictItems(List<PyValue.Entry> entries, int indent, int allowance, int level) {
        indent += INDENT_PER_LEVEL;
        for (int i = 0; i < entries.size(); i++) {
            boolean last = i == entries.size() - 1;
            PyValue.Entry entry = entries.get(i);
            // Keys are always written on one line, even when they alone are wider than the page.
            String key = PyRepr.repr(entry.key(), true, reprs);
            out.append(key).append(": ");
            format(entry.value(), indent + PyUnicode.length(key) + 2, last ? allowance : 1, level);
            if (!last) {
                newline(indent);
            }
        }
    }

    /** List, tuple and set elements one per line, each one column in from the opening bracket. */
    private void formatItems(List<? extends PyValue> items, int indent, int allowance, int level) {
        indent += INDENT_PER_LEVEL;
        for (int i = 0; i < items.size(); i++) {
            boolean last = i == items.size() - 1;
            format(items.get(i), indent, last ? allowance : 1, level);
            if (!last) {
                newline(indent);
            }
        }
    }

    /**
     * A string too long for the room left, as adjacent literals on consecutive lines: first one per line of the
     * text (line breaks stay at the end of their line), then a line still too long is cut after runs of
     * whitespace, taking as many words as fit. Each literal is quoted on its own, so one piece can use double
     * quotes while the next uses single quotes. At the top level the pieces are wrapped in parentheses so the
     * result stays a valid expression.
     */
    private void formatStr(String s, int indent, int allowance, int level) {
        if (s.isEmpty()) {
            // It has no lines to split; only a width below 2 gets here.
            out.append("''");
            return;
        }
        boolean parens = level == 1;
        if (parens) {
            indent += 1;
            allowance += 1;
        }
        List<String> chunks = new ArrayList<>();
        List<String> lines = PyUnicode.splitLinesKeepEnds(s);
        int maxWidth = width - indent;
        for (int i = 0; i < lines.size(); i++) {
            boolean lastLine = i == lines.size() - 1;
            String line = lines.get(i);
            String rep = PyRepr.strRepr(line);
            // Only the last line has to leave room for what follows the string.
            if (PyUnicode.length(rep) <= maxWidth - (lastLine ? allowance : 0)) {
                chunks.add(rep);
                continue;
            }
            List<String> parts = PyUnicode.wordsWithTrailingSpace(line);
            String current = "";
            for (int j = 0; j < parts.size(); j++) {
                String candidate = current + parts.get(j);
                int room = maxWidth - (lastLine && j == parts.size() - 1 ? allowance : 0);
                if (PyUnicode.length(PyRepr.strRepr(candidate)) > room) {
                    // A single word wider than the room is kept whole, on a line of its own.
                    if (!current.isEmpty()) {
                        chunks.add(PyRepr.strRepr(current));
                    }
                    current = parts.get(j);
                } else {
                    current = candidate;
                }
            }
            if (!current.isEmpty()) {
                chunks.add(PyRepr.strRepr(current));
            }
        }
        if (chunks.size() == 1) {
            // One word that cannot be split: written as is, without parentheses even at the top level.
            out.append(chunks.get(0));
            return;
        }
        if (parens) {
            out.append('(');
        }
        for (int i = 0; i < chunks.size(); i++) {
            if (i > 0) {
                out.append('\n').append(" ".repeat(indent));
            }
            out.append(chunks.get(i));
        }
        if (parens) {
            out.append(')');
        }
    }

    private void newline(int indent) {
        out.append(",\n").append(" ".repeat(indent));
    }
}
