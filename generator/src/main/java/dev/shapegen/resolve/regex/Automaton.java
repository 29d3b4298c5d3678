package dev.shapegen.resolve.regex;

import java.util.BitSet;

/**
 * A deterministic automaton that answers {@code Pattern.compile(p).matcher(s).find()} in one pass over {@code s}.
 * State 0 is dead (no match is possible any more), state 1 the start. Reading a code point: find its range in
 * {@code bounds} (the first code point of each range), then its class in {@code symbolClass} (per range, or per range
 * and {@link Character#getType(int) general category} when {@code categories}), then the next state in
 * {@code table[state * classes + class]}. The input is framed by class 0 before it and class 1 after it. A search
 * succeeds as soon as it reaches an accepting state.
 *
 * @param bounds the first code point of each range, ascending, starting at 0
 * @param categories whether classes depend on the general category as well as the range
 * @param symbolClass the class of each range (times 31 categories, when {@code categories})
 * @param classes how many classes, the two framing ones included
 * @param states how many states, the dead one not counted
 * @param table the next state for each state (0 to {@code states}) and class
 * @param accepting the accepting states
 * @param search which way the value is read
 */
public record Automaton(int[] bounds, boolean categories, int[] symbolClass, int classes, int states, int[] table,
        BitSet accepting, Search search) {

    /** Which way a search reads the value. */
    public enum Search {
        /** From the start to the end, looking for a match anywhere. */
        FORWARD,
        /** From the end to the start, anchored at the end ({@code \z}): see {@link Reversal}. */
        BACKWARD_FROM_END,
        /**
         * From the end to the start, and again from before a line terminator that ends the value, if there is one
         * ({@code $}, {@code \Z}): see {@link Reversal}.
         */
        BACKWARD_FROM_LINE_END
    }

    /** This automaton, read the given way. */
    Automaton searching(Search way) {
        return new Automaton(bounds, categories, symbolClass, classes, states, table, accepting, way);
    }

    /**
     * The automaton as the generated runtime reads it: fields separated by {@code ;}, numbers in base 36 separated
     * by {@code ,}, 0 written as nothing. The first field holds flags: 1 when classes use categories, 2 for a
     * backward search, 4 for one that also starts before a final line terminator. The table has a row for each state
     * from 1 on, separated by {@code /}: the state most classes lead to, {@code |}, then the other transitions as
     * {@code class:state} pairs.
     */
    public String encode() {
        StringBuilder out = new StringBuilder();
        int[] counts = new int[states + 1];
        int flags = (categories ? 1 : 0) + switch (search) {
            case FORWARD -> 0;
            case BACKWARD_FROM_END -> 2;
            case BACKWARD_FROM_LINE_END -> 2 + 4;
        };
        out.append(flags).append(';');
        numbers(out, bounds, 1, bounds.length);
        out.append(';');
        numbers(out, symbolClass, 0, symbolClass.length);
        out.append(';').append(Integer.toString(classes, 36)).append(';');
        for (int state = 1; state <= states; state++) {
            if (state > 1) {
                out.append('/');
            }
            int common = mostCommonTarget(state, counts);
            if (common != 0) {
                out.append(Integer.toString(common, 36));
            }
            out.append('|');
            boolean first = true;
            for (int c = 0; c < classes; c++) {
                int to = table[state * classes + c];
                if (to != common) {
                    out.append(first ? "" : ",").append(Integer.toString(c, 36)).append(':')
                            .append(to == 0 ? "" : Integer.toString(to, 36));
                    first = false;
                }
            }
        }
        out.append(';');
        numbers(out, accepting.stream().toArray(), 0, accepting.cardinality());
        return out.toString();
    }

    /** The state most classes lead to from {@code state}: written once, with only the other transitions listed. */
    private int mostCommonTarget(int state, int[] counts) {
        int best = 0;
        int bestCount = 0;
        for (int c = 0; c < classes; c++) {
            int to = table[state * classes + c];
            int n = ++counts[to];
            if (n > bestCount || n == bestCount && to < best) {
                best = to;
                bestCount = n;
            }
        }
        for (int c = 0; c < classes; c++) {
            counts[table[state * classes + c]] = 0;
        }
        return best;
    }

    private static void numbers(StringBuilder out, int[] values, int from, int to) {
        for (int i = from; i < to; i++) {
            if (i > from) {
                out.append(',');
            }
            if (values[i] != 0) {
                out.append(Integer.toString(values[i], 36));
            }
        }
    }
}
