package dev.shapegen.diff;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Seeded random {@link PyValue}s shaped like the {@code diff} report's values (member-name dicts, sets of enum
 * values, type skeletons, long {@code a | b | c} alternatives, one-element lists, {@code ()}), mixed with the
 * awkward cases of {@code pprint}: quotes, escapes, non-ASCII and astral characters, other whitespace, line
 * breaks, unsplittable words, int and tuple keys, deep nesting and small widths.
 */
final class RandomPyValues {
    /** A value and the width to format it at. */
    record Case(PyValue value, int width) {}

    private static final String[] MEMBERS = {"InstanceType", "ReservedCapacitySummaries", "TrainingPlanOfferings",
        "ReservedCapacityOfferings", "AvailabilityZone", "DurationHours", "StartTime", "EndTime", "Status",
        "TrainingPlanArn", "Tags", "Key", "Value", "NextToken", "MaxResults", "Filters", "Name", "UpfrontFee",
        "CurrencyCode", "TargetResources", "A", "Id", "ReservedCapacityType", "UltraServerType", "Count"};
    private static final String[] TYPES = {"string", "integer", "long", "boolean", "timestamp", "double", "blob"};
    private static final String[] FAMILIES = {"p4d", "p4de", "p5", "p5e", "p5en", "trn1", "trn1n", "trn2", "g5",
        "g6", "c5"};
    private static final String[] SIZES = {"xlarge", "2xlarge", "12xlarge", "24xlarge", "32xlarge", "48xlarge"};
    private static final String[] STATUSES = {"Pending", "Active", "Scheduled", "Expired", "Failed", "Succeeded"};
    /**
     * Characters that exercise {@code repr} and splitting: both quotes, backslash, named and hex escapes, NEL,
     * no-break and ideographic spaces, a line separator, a zero-width space and a soft hyphen (both escaped),
     * CJK, an emoji (two Java chars, one Python character), a lone surrogate, U+0870 (assigned in Unicode 14,
     * unknown to Java 17), a noncharacter, a private-use character and an astral format character.
     */
    private static final String[] ODD = {"'", "\"", "\\", "\n", "\t", "\r", "\u0000", "\u007f", "\u0085", "\u00a0",
        "\u3000", "\u2028", "\u200b", "\u00ad", "\u000b", "\u001c", "\u00e9", "\u4e2d", "\ud83d\ude00", "\ud800",
        "\u0870", "\uffff", "\ue000", "\udb40\udc01", "\u000c", "\u001d", "\u001e", "\u001f", "\u2029", "\r\n",
        "|", " ", " "};
    /**
     * Word separators: every kind of whitespace Python splits long strings at (including the no-break spaces
     * and NEL, which Java's {@code Character.isWhitespace} leaves out), and look-alikes it does not split at.
     */
    private static final String[] SEPARATORS = {" ", " ", " | ", "\t", "\u000b", "\u000c", "\u001c", "\u001f",
        "\u0085", "\u00a0", "\u1680", "\u2007", "\u200a", "\u202f", "\u205f", "\u3000", "\u200b", "\u180e",
        "\ufeff", "\u2060", "  \u00a0 "};

    private final Random random;
    private int budget;

    private RandomPyValues(long seed) {
        this.random = new Random(seed);
    }

    /** {@code count} cases, the same ones for the same seed. */
    static List<Case> generate(long seed, int count) {
        RandomPyValues gen = new RandomPyValues(seed);
        List<Case> cases = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            cases.add(gen.nextCase());
        }
        return cases;
    }

    private Case nextCase() {
        budget = random.nextInt(10) == 0 ? 300 : 8 + random.nextInt(60);
        int width = random.nextInt(4) == 0 ? 1 + random.nextInt(120) : PrettyPrinter.DEFAULT_WIDTH;
        int kind = random.nextInt(10);
        PyValue value;
        if (kind < 6) {
            value = dict(0);
        } else if (kind == 6) {
            value = chain(5 + random.nextInt(25));
        } else if (kind == 7) {
            int text = random.nextInt(3);
            value = text == 0 ? alternatives() : text == 1 ? oddText() : separatedWords();
        } else {
            value = any(0);
        }
        return new Case(value, width);
    }

    private PyValue any(int depth) {
        budget--;
        int kind = random.nextInt(depth > 6 || budget <= 0 ? 6 : 11);
        return switch (kind) {
            case 0, 1 -> PyValue.str(pick(TYPES));
            case 2 -> alternatives();
            case 3 -> enumSet();
            case 4 -> random.nextBoolean() ? PyValue.emptyTuple() : PyValue.integer(random.nextLong() >> 20);
            case 5 -> random.nextBoolean() ? oddText() : separatedWords();
            case 6, 7 -> dict(depth + 1);
            case 8 -> PyValue.list(any(depth + 1));
            case 9 -> sequence(depth + 1);
            default -> random.nextBoolean() ? PyValue.dict(PyValue.entry(pick(TYPES), PyValue.str(pick(TYPES))))
                    : PyValue.list(dict(depth + 1));
        };
    }

    private PyValue.Dict dict(int depth) {
        int size = random.nextInt(8);
        Map<PyValue, PyValue> entries = new LinkedHashMap<>();
        for (int i = 0; i < size; i++) {
            entries.put(key(), any(depth));
        }
        List<PyValue.Entry> list = new ArrayList<>();
        entries.forEach((k, v) -> list.add(PyValue.entry(k, v)));
        return new PyValue.Dict(list);
    }

    /** Mostly member names; sometimes odd text, ints, {@code ()} or int tuples, which Python can order. */
    private PyValue key() {
        int kind = random.nextInt(20);
        if (kind < 15) {
            return PyValue.str(pick(MEMBERS));
        } else if (kind < 17) {
            return oddText();
        } else if (kind < 19) {
            return PyValue.integer(random.nextInt(2000) - 1000);
        }
        List<PyValue> ints = new ArrayList<>();
        for (int i = random.nextInt(3); i > 0; i--) {
            ints.add(PyValue.integer(random.nextInt(5)));
        }
        return new PyValue.Tuple(ints);
    }

    /** Single-entry dicts nested {@code depth} deep, like a report path, ending in a set or skeleton. */
    private PyValue chain(int depth) {
        PyValue value = random.nextBoolean() ? enumSet() : alternatives();
        for (int i = 0; i < depth; i++) {
            value = PyValue.dict(PyValue.entry(pick(MEMBERS), value));
            if (random.nextInt(8) == 0) {
                value = PyValue.list(value);
            }
        }
        return value;
    }

    private PyValue sequence(int depth) {
        List<PyValue> elements = new ArrayList<>();
        for (int i = random.nextInt(5); i > 0; i--) {
            elements.add(any(depth));
        }
        return random.nextBoolean() ? new PyValue.Tuple(elements) : new PyValue.ListValue(elements);
    }

    private PyValue.Set enumSet() {
        Set<String> values = new HashSet<>();
        for (int i = random.nextInt(random.nextInt(5) == 0 ? 30 : 6); i > 0; i--) {
            values.add(enumValue());
        }
        if (random.nextInt(6) == 0) {
            values.add(oddText().value());
        }
        return PyValue.set(values);
    }

    /** {@code 'ml.p4d.24xlarge | ml.p5.48xlarge | ...'}, up to a few hundred characters. */
    private PyValue.Str alternatives() {
        List<String> parts = new ArrayList<>();
        for (int i = 1 + random.nextInt(random.nextInt(4) == 0 ? 40 : 8); i > 0; i--) {
            parts.add(enumValue());
        }
        return PyValue.str(String.join(" | ", parts));
    }

    private String enumValue() {
        return random.nextInt(4) == 0 ? pick(STATUSES) : "ml." + pick(FAMILIES) + "." + pick(SIZES);
    }

    /** Words of ordinary and odd characters, sometimes long enough to split, sometimes one long word. */
    private PyValue.Str oddText() {
        StringBuilder sb = new StringBuilder();
        int length = random.nextInt(random.nextInt(3) == 0 ? 200 : 30);
        boolean spaced = random.nextInt(5) != 0;
        for (int i = 0; i < length; i++) {
            int r = random.nextInt(10);
            if (r < 2) {
                sb.append(pick(ODD));
            } else if (r < 4 && spaced) {
                sb.append(' ');
            } else {
                sb.append((char) ('a' + random.nextInt(26)));
            }
        }
        return PyValue.str(sb.toString());
    }

    /** Long text of short words between all kinds of whitespace and look-alikes. */
    private PyValue.Str separatedWords() {
        StringBuilder sb = new StringBuilder();
        for (int i = 20 + random.nextInt(60); i > 0; i--) {
            sb.append(pick(STATUSES), 0, 1 + random.nextInt(6)).append(pick(SEPARATORS));
        }
        return PyValue.str(sb.toString());
    }

    private String pick(String[] options) {
        return options[random.nextInt(options.length)];
    }
}
