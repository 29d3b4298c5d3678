package dev.shapegen.resolve.regex;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns an {@link Nfa} into a deterministic automaton by the subset construction, over the {@link Partition} of code
 * points into classes that every set of the pattern treats alike. A state also remembers what {@code $} and
 * {@code \b} need of the code points read so far. A state that holds the accepting state stops the search: a match
 * has been found.
 */
final class DfaBuilder {
    /** Bounds the work at generation time, and the size of the table in the generated code. */
    static final int MAX_STATES = 1_000;
    /**
     * The limit of a last try, for patterns that no other way turns into an automaton: Lambda's
     * {@code csc-[a-zA-Z0-9-_\.]{17}} passes through thousands of sets of states on its way to 22 states. Tried last,
     * so that its cost (up to about 200 ms on the real models) is paid only where it buys an automaton.
     */
    static final int LAST_TRY_STATES = 20_000;
    /** Cells of the table (states times classes) per state allowed. */
    private static final int CELLS_PER_STATE = 100;
    /** Classes 0 and 1 are the start and the end of the input; code points have the classes from 2 on. */
    static final int BEGIN_CLASS = 0;
    static final int END_CLASS = 1;
    /** The last code point read was {@code \r}. */
    private static final int AFTER_CR = 1;
    /** The last code point read counts as a word's for {@code \b}. */
    private static final int LEFT_WORD = 2;
    /** Looking back over non-spacing marks, the last code point read is a letter or digit. */
    private static final int BASE_LETTER = 4;
    private static final int LETTER_OR_DIGIT_MASK = (1 << Character.UPPERCASE_LETTER)
            | (1 << Character.LOWERCASE_LETTER) | (1 << Character.TITLECASE_LETTER) | (1 << Character.MODIFIER_LETTER) | (1 << Character.OTHER_LETTER)
            | (1 << Character.DECIMAL_DIGIT_NUMBER);

    private final Nfa nfa;
    private final int accept;
    private Partition p;
    private int classes;
    private int maxStates;
    private boolean[][] leafHas;
    private int[] stamp;
    private int stampNow;
    private int[] stack;
    private int[] reached;

    private int word;
    private int letterOrDigit;
    private int mark;
    private int supplementary;

    private DfaBuilder(Nfa nfa, int accept) {
        this.nfa = nfa;
        this.accept = accept;
        if (nfa.boundaries) {
            // Sets no edge reads, so that the classes tell apart what \b looks at.
            letterOrDigit = nfa.leaf(new CharSet.Categories(LETTER_OR_DIGIT_MASK));
            word = nfa.leaf(new CharSet.Union(List.of(new CharSet.Categories(LETTER_OR_DIGIT_MASK),
                    CharSet.single('_'))));
            mark = nfa.leaf(new CharSet.Categories(1 << Character.NON_SPACING_MARK));
            supplementary = nfa.leaf(CharSet.of(0x10000, Character.MAX_CODE_POINT));
        }
    }

    static Automaton build(Nfa nfa, int start, int accept) throws Unsupported {
        return build(nfa, start, accept, MAX_STATES);
    }

    static Automaton build(Nfa nfa, int start, int accept, int maxStates) throws Unsupported {
        DfaBuilder b = new DfaBuilder(nfa, accept);
        b.maxStates = maxStates;
        b.p = new Partition(nfa.leaves);
        b.classes = b.p.classes;
        b.leafHas = b.p.leafHas;
        return b.subsets(start);
    }

    private Automaton subsets(int start) throws Unsupported {
        stamp = new int[nfa.size];
        Map<Key, Integer> ids = new HashMap<>();
        List<Key> states = new ArrayList<>();
        states.add(null); // 0: the dead state
        Key first = new Key(closure(new int[] {start}, 0, 1, false, -1), 0);
        ids.put(first, 1);
        states.add(first);
        int[] table = new int[classes * 16];
        BitSet accepting = new BitSet();
        for (int id = 1; id < states.size(); id++) {
            Key k = states.get(id);
            if (table.length < (id + 1) * classes) {
                table = Arrays.copyOf(table, Math.max(table.length * 2, (id + 1) * classes));
            }
            if (Arrays.binarySearch(k.states, accept) >= 0) {
                accepting.set(id);
                continue;
            }
            int[][] plain = movesByClass(k.states, k);
            // Where \b holds, the NFA states past its edges take part too.
            int[] pastBoundary = nfa.boundaries ? closure(k.states, 0, k.states.length, true, -1) : k.states;
            int[][] boundary = pastBoundary == k.states ? plain : movesByClass(pastBoundary, k);
            for (int c = 0; c < classes; c++) {
                int[] from = k.states;
                int[][] byClass = plain;
                if (nfa.boundaries && c != BEGIN_CLASS) {
                    // \b holds here when the code point before is a word's and this one is not, or the reverse.
                    boolean right = c != END_CLASS && (leafHas[word][c] || leafHas[mark][c] && has(k, BASE_LETTER));
                    if (right != has(k, LEFT_WORD)) {
                        from = pastBoundary;
                        byClass = boundary;
                    }
                }
                int[] src = byClass[1];
                int off = byClass[0][c];
                int n = byClass[0][c + 1] - off;
                Key next;
                if (from != k.states && Arrays.binarySearch(from, accept) >= 0) {
                    next = new Key(new int[] {accept}, 0); // a match that ends here, at a \b
                } else if (n == 0) {
                    continue;
                } else {
                    next = new Key(closure(src, off, n, false, c), c == BEGIN_CLASS ? k.flags : flagsAfter(k, c));
                }
                Integer to = ids.get(next);
                if (to == null) {
                    if (states.size() > maxStates
                            || (long) states.size() * classes > (long) maxStates * CELLS_PER_STATE) {
                        throw new Unsupported("a deterministic automaton of more than " + maxStates + " states");
                    }
                    to = states.size();
                    ids.put(next, to);
                    states.add(next);
                }
                table[id * classes + c] = to;
            }
        }
        int count = states.size() - 1;
        return Minimizer.minimal(new Automaton(p.bounds, p.categories, p.symbolClass, classes, count,
                Arrays.copyOf(table, (count + 1) * classes), accepting, Automaton.Search.FORWARD));
    }

    /**
     * The targets of every edge from a state's NFA states, grouped by the class they read, in one pass over the
     * edges rather than one per class: {@code [offsets (classes + 1), targets]}.
     */
    private int[][] movesByClass(int[] from, Key k) {
        int[] offset = new int[classes + 1];
        for (int s : from) {
            for (int c : edgeClasses(s, k)) {
                offset[c + 1]++;
            }
        }
        for (int c = 0; c < classes; c++) {
            offset[c + 1] += offset[c];
        }
        int[] fill = Arrays.copyOf(offset, classes);
        int[] targets = new int[offset[classes]];
        for (int s : from) {
            for (int c : edgeClasses(s, k)) {
                targets[fill[c]++] = nfa.target[s];
            }
        }
        return new int[][] {offset, targets};
    }

    private static final int[] NO_CLASSES = {};
    private static final int[] BEGIN_ONLY = {BEGIN_CLASS};
    private static final int[] END_ONLY = {END_CLASS};

    private int[] edgeClasses(int s, Key k) {
        int on = nfa.label[s];
        if (on == Nfa.BEGIN) {
            return BEGIN_ONLY;
        } else if (on == Nfa.END) {
            return END_ONLY;
        } else if (on < 0 || nfa.notAfterCr[s] && has(k, AFTER_CR)) {
            return NO_CLASSES;
        }
        return p.leafClasses[on];
    }

    private static boolean has(Key k, int flag) {
        return (k.flags & flag) != 0;
    }

    /**
     * What the automaton knows after reading a code point of class {@code c}. java.util.regex's {@code \b} counts a
     * non-spacing mark as a word character when the nearest character before it that is not one is a letter or
     * digit, looking back one char at a time, so the low half of a surrogate pair stops the look.
     */
    private int flagsAfter(Key k, int c) {
        int flags = p.isCr[c] ? AFTER_CR : 0;
        if (nfa.boundaries && c != END_CLASS) {
            boolean isMark = leafHas[mark][c];
            boolean bmp = !leafHas[supplementary][c];
            boolean base = has(k, BASE_LETTER);
            if (leafHas[word][c] || isMark && bmp && base) {
                flags |= LEFT_WORD;
            }
            if (bmp && (isMark ? base : leafHas[letterOrDigit][c])) {
                flags |= BASE_LETTER;
            }
        }
        return flags;
    }

    /**
     * The states reachable from {@code from} by empty edges, {@code \b} edges (when it holds) and lookbehind edges
     * (as the code point before, of class {@code before}, or none when that is not a code point's class, decides).
     */
    private int[] closure(int[] from, int off, int n, boolean boundary, int before) {
        stampNow++;
        if (stack == null) {
            stack = new int[nfa.size];
            reached = new int[nfa.size];
        }
        int top = 0;
        int count = 0;
        for (int i = off; i < off + n; i++) {
            if (stamp[from[i]] != stampNow) {
                stamp[from[i]] = stampNow;
                stack[top++] = from[i];
            }
        }
        while (top > 0) {
            int s = stack[--top];
            reached[count++] = s;
            boolean passes = boundary && nfa.label[s] == Nfa.BOUNDARY || nfa.label[s] == Nfa.LOOKBEHIND
                    && (before > END_CLASS && leafHas[nfa.lookLeaf[s]][before]) != nfa.lookNegated[s];
            if (passes && stamp[nfa.target[s]] != stampNow) {
                stamp[nfa.target[s]] = stampNow;
                stack[top++] = nfa.target[s];
            }
            int[] e = nfa.empty[s];
            if (e != null) {
                for (int t : e) {
                    if (stamp[t] != stampNow) {
                        stamp[t] = stampNow;
                        stack[top++] = t;
                    }
                }
            }
        }
        int[] sorted = Arrays.copyOf(reached, count);
        Arrays.sort(sorted);
        return sorted;
    }

    /**
     * A state of the deterministic automaton: the states of the NFA it stands for, and what it knows of the code
     * points read so far ({@link #AFTER_CR}, {@link #LEFT_WORD}, {@link #BASE_LETTER}).
     */
    private record Key(int[] states, int flags) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.flags == flags && Arrays.equals(k.states, states);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(states) * 8 + flags;
        }
    }
}
