package dev.shapegen.diff;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An immutable Python value, as far as the {@code diff} report needs them: {@code str}, {@code int}, {@code dict},
 * {@code set} of {@code str}, {@code list} and {@code tuple}. {@link PrettyPrinter} renders these exactly as
 * CPython 3.11's {@code pprint.pformat} does.
 *
 * <p>Containers keep their elements in the order given; the printer sorts dict keys and set elements the way
 * {@code pprint} does. Values cannot refer to themselves, so a "recursive reference" in a report is spelled as
 * the empty tuple, {@link #emptyTuple()}.
 */
public sealed interface PyValue permits PyValue.Str, PyValue.Int, PyValue.Dict, PyValue.Set, PyValue.ListValue,
        PyValue.Tuple {

    /**
     * Python's {@code repr()} of this value. Dicts keep their given (insertion) order, as Python does. Sets are
     * shown sorted: Python shows them in hash order, which for strings changes from one process to the next.
     */
    default String repr() {
        return PyRepr.repr(this, false, null);
    }

    /** A Python {@code str}; any Java string, including lone surrogates, which Python also allows. */
    record Str(String value) implements PyValue {
        public Str {
            Objects.requireNonNull(value, "value");
        }
    }

    /** A Python {@code int} within the range of a {@code long}. */
    record Int(long value) implements PyValue {}

    /**
     * One key and value of a {@link Dict}.
     *
     * @param key a hashable value: {@link Str}, {@link Int} or a {@link Tuple} of hashable values
     * @param value any value
     */
    record Entry(PyValue key, PyValue value) {
        public Entry {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(value, "value");
            if (!isHashable(key)) {
                // Python raises TypeError: unhashable type; mirror that rather than print something impossible.
                throw new IllegalArgumentException("unhashable dict key: " + key.getClass().getSimpleName());
            }
        }
    }

    /** A Python {@code dict}; entries in the given order. Duplicate keys are rejected: one value would be lost. */
    record Dict(List<Entry> entries) implements PyValue {
        public Dict {
            entries = List.copyOf(entries);
            java.util.Set<PyValue> seen = new HashSet<>();
            for (Entry e : entries) {
                if (!seen.add(e.key())) {
                    throw new IllegalArgumentException("duplicate dict key: " + e.key().repr());
                }
            }
        }
    }

    /** A Python {@code set} of strings. Duplicates collapse, as in Python; the order given does not matter. */
    record Set(List<Str> elements) implements PyValue {
        public Set {
            elements = List.copyOf(new LinkedHashSet<>(elements));
        }
    }

    /** A Python {@code list}. */
    record ListValue(List<PyValue> elements) implements PyValue {
        public ListValue {
            elements = List.copyOf(elements);
        }
    }

    /** A Python {@code tuple}. */
    record Tuple(List<PyValue> elements) implements PyValue {
        public Tuple {
            elements = List.copyOf(elements);
        }
    }

    /** {@code 'value'}. */
    static Str str(String value) {
        return new Str(value);
    }

    /** {@code 42}. */
    static Int integer(long value) {
        return new Int(value);
    }

    /** A key and value for {@link #dict(Entry...)}. */
    static Entry entry(PyValue key, PyValue value) {
        return new Entry(key, value);
    }

    /** A str key and value for {@link #dict(Entry...)}. */
    static Entry entry(String key, PyValue value) {
        return new Entry(new Str(key), value);
    }

    /** {@code {k: v, ...}} from entries in order. */
    static Dict dict(Entry... entries) {
        return new Dict(Arrays.asList(entries));
    }

    /** {@code {'k': v, ...}} from a map with string keys, in the map's iteration order. */
    static Dict dict(Map<String, ? extends PyValue> entries) {
        List<Entry> list = new ArrayList<>(entries.size());
        entries.forEach((k, v) -> list.add(new Entry(new Str(k), v)));
        return new Dict(list);
    }

    /** {@code {'a', 'b'}}. */
    static Set set(String... elements) {
        return set(Arrays.asList(elements));
    }

    /** {@code {'a', 'b'}} from strings. */
    static Set set(Collection<String> elements) {
        return new Set(elements.stream().map(Str::new).toList());
    }

    /** {@code [a, b]}. */
    static ListValue list(PyValue... elements) {
        return new ListValue(Arrays.asList(elements));
    }

    /** {@code (a, b)}; a single element prints as {@code (a,)}. */
    static Tuple tuple(PyValue... elements) {
        return new Tuple(Arrays.asList(elements));
    }

    /** {@code ()}. */
    static Tuple emptyTuple() {
        return new Tuple(List.of());
    }

    /** Whether Python could use the value as a dict key. */
    private static boolean isHashable(PyValue value) {
        if (value instanceof Tuple t) {
            return t.elements().stream().allMatch(PyValue::isHashable);
        }
        return value instanceof Str || value instanceof Int;
    }
}
