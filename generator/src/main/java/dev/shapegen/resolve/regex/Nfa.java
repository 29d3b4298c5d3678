package dev.shapegen.resolve.regex;

import dev.shapegen.resolve.regex.RegexTree.Alt;
import dev.shapegen.resolve.regex.RegexTree.Begin;
import dev.shapegen.resolve.regex.RegexTree.Chars;
import dev.shapegen.resolve.regex.RegexTree.End;
import dev.shapegen.resolve.regex.RegexTree.Repeat;
import dev.shapegen.resolve.regex.RegexTree.Seq;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A nondeterministic automaton (Thompson's construction) over sets of code points and two extra symbols, the start
 * and the end of the input. A state has at most one labelled edge, and any number of empty ones.
 */
final class Nfa {
    static final int NONE = Integer.MIN_VALUE;
    static final int BEGIN = -1;
    static final int END = -2;
    /** An edge that reads nothing, taken only where {@code \b} holds. */
    static final int BOUNDARY = -3;
    /** An edge that reads nothing, taken only where the code point before is in {@link #lookLeaf} (or not). */
    static final int LOOKBEHIND = -4;
    /** Bounds the work at generation time: a pattern repeating a large group many times stays with java.util.regex. */
    static final int MAX_STATES = 20_000;

    private static final CharSet TERMINATORS_BUT_NEWLINE = CharSet.of('\r', '\r', 0x85, 0x85, 0x2028, 0x2029);
    private static final CharSet NEWLINE = CharSet.single('\n');
    private static final CharSet CARRIAGE_RETURN = CharSet.single('\r');

    final List<CharSet> leaves = new ArrayList<>();
    private final Map<CharSet, Integer> leafIndex = new HashMap<>();
    int[] label = new int[64];
    int[] target = new int[64];
    /** An edge on {@code \n} that java.util.regex's {@code $} does not take between {@code \r} and {@code \n}. */
    boolean[] notAfterCr = new boolean[64];
    int[][] empty = new int[64][];
    int[] lookLeaf = new int[64];
    boolean[] lookNegated = new boolean[64];
    int size;
    /** Whether some edge is {@link #BOUNDARY}: then reading a code point depends on whether the last was a word's. */
    boolean boundaries;

    int state() throws Unsupported {
        if (size == MAX_STATES) {
            throw new Unsupported("an automaton of more than " + MAX_STATES + " states");
        }
        if (size == label.length) {
            int n = size * 2;
            label = Arrays.copyOf(label, n);
            target = Arrays.copyOf(target, n);
            notAfterCr = Arrays.copyOf(notAfterCr, n);
            empty = Arrays.copyOf(empty, n);
            lookLeaf = Arrays.copyOf(lookLeaf, n);
            lookNegated = Arrays.copyOf(lookNegated, n);
        }
        label[size] = NONE;
        return size++;
    }

    int leaf(CharSet set) {
        return leafIndex.computeIfAbsent(set, s -> {
            leaves.add(s);
            return leaves.size() - 1;
        });
    }

    /**
     * Adds a labelled edge; from a new state reached by an empty edge when {@code from} has one already.
     *
     * @return the state the edge leaves from
     */
    int edge(int from, int on, int to) throws Unsupported {
        int at = from;
        if (label[at] != NONE) {
            at = state();
            empty(from, at);
        }
        label[at] = on;
        target[at] = to;
        return at;
    }

    void empty(int from, int to) {
        int[] e = empty[from];
        empty[from] = e == null ? new int[] {to} : append(e, to);
    }

    private static int[] append(int[] a, int v) {
        int[] b = Arrays.copyOf(a, a.length + 1);
        b[a.length] = v;
        return b;
    }

    /** Adds the states that match {@code tree} from state {@code from}, and returns the state where they end. */
    int build(RegexTree tree, int from) throws Unsupported {
        if (tree instanceof Chars c) {
            int to = state();
            edge(from, leaf(c.set()), to);
            return to;
        } else if (tree instanceof Seq s) {
            int at = from;
            for (RegexTree item : s.items()) {
                at = build(item, at);
            }
            return at;
        } else if (tree instanceof Alt a) {
            int to = state();
            for (RegexTree option : a.options()) {
                int start = state();
                empty(from, start);
                empty(build(option, start), to);
            }
            return to;
        } else if (tree instanceof Repeat r) {
            return repeat(r, from);
        } else if (tree instanceof RegexTree.Boundary) {
            int to = state();
            edge(from, BOUNDARY, to);
            boundaries = true;
            return to;
        } else if (tree instanceof RegexTree.LookBehind l) {
            int to = state();
            int at = edge(from, LOOKBEHIND, to);
            lookLeaf[at] = leaf(l.set());
            lookNegated[at] = l.negated();
            return to;
        } else if (tree instanceof Begin) {
            int to = state();
            edge(from, BEGIN, to);
            return to;
        } else if (tree instanceof RegexTree.LookAhead) {
            throw new Unsupported("lookaround, an inline flag or an atomic group"); // only as Lookaheads splits them
        }
        return end(((End) tree).beforeFinalTerminator(), from);
    }

    private int repeat(Repeat r, int from) throws Unsupported {
        int at = from;
        for (int i = 0; i < r.min(); i++) {
            at = build(r.item(), at);
        }
        if (r.max() == Repeat.UNBOUNDED) {
            int loop = state();
            empty(at, loop);
            empty(build(r.item(), loop), loop);
            return loop;
        }
        int to = state();
        for (int i = r.min(); i < r.max(); i++) {
            empty(at, to);
            at = build(r.item(), at);
        }
        empty(at, to);
        return to;
    }

    /**
     * {@code $}: the end symbol, or a line terminator and then the end symbol ({@code \r\n} counting as one), but not
     * the {@code \n} of a {@code \r\n}. {@code \z}: the end symbol only.
     */
    private int end(boolean beforeFinalTerminator, int from) throws Unsupported {
        int to = state();
        if (!beforeFinalTerminator) {
            edge(from, END, to);
            return to;
        }
        int atEnd = state();
        edge(atEnd, END, to);
        int[] starts = {state(), state(), state(), state()};
        for (int s : starts) {
            empty(from, s);
        }
        edge(starts[0], END, to);
        edge(starts[1], leaf(TERMINATORS_BUT_NEWLINE), atEnd);
        edge(starts[2], leaf(NEWLINE), atEnd);
        notAfterCr[starts[2]] = true; // a fresh state, so the edge is its own
        int afterCr = state();
        edge(starts[3], leaf(CARRIAGE_RETURN), afterCr);
        int crNl = state();
        empty(afterCr, crNl);
        edge(crNl, leaf(NEWLINE), atEnd);
        return to;
    }
}
