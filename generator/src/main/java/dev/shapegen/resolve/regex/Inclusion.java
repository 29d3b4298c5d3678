package dev.shapegen.resolve.regex;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;

/**
 * Whether one forward automaton finds a match in every value another finds one in: the two run side by side over
 * every symbol both can tell apart, looking for a value the second finds and the first does not. A search stops at
 * its first accepting state, so acceptance is for good; a pair where the first has accepted ends the path, since no
 * value through it is a counterexample.
 */
final class Inclusion {
    /** Pairs of states explored before giving up, which then answers "not shown". */
    static final int MAX_PAIRS = 200_000;

    private Inclusion() {}

    /**
     * True when {@code wider} finds a match in every value {@code narrower} finds one in; false when some value shows
     * otherwise, or when the search would pass {@link #MAX_PAIRS}. Both must search forwards.
     */
    static boolean covers(Automaton wider, Automaton narrower) {
        if (wider.search() != Automaton.Search.FORWARD || narrower.search() != Automaton.Search.FORWARD) {
            return false;
        }
        // An automaton with no state but the dead one finds nothing.
        if (narrower.states() == 0 || wider.states() > 0 && wider.accepting().get(1)) {
            return true;
        }
        if (wider.states() == 0) {
            return false;
        }
        long[] symbols = jointClasses(narrower, wider);
        // A pair: the narrower one's state, or -1 once it has accepted, and the wider one's.
        Set<Long> seen = new HashSet<>();
        Deque<long[]> queue = new ArrayDeque<>();
        int n = narrower.accepting().get(1) ? -1 : 1;
        long[] start = step(narrower, wider, n, 1, DfaBuilder.BEGIN_CLASS, DfaBuilder.BEGIN_CLASS);
        if (start != null) {
            queue.add(start);
            seen.add(key(start));
        }
        while (!queue.isEmpty()) {
            long[] pair = queue.poll();
            int ns = (int) pair[0];
            int ws = (int) pair[1];
            long[] end = step(narrower, wider, ns, ws, DfaBuilder.END_CLASS, DfaBuilder.END_CLASS);
            if (end != null && end[0] == -1) {
                return false; // the narrower one has found a match in this value, the wider one has not
            }
            for (long symbol : symbols) {
                long[] next = step(narrower, wider, ns, ws, (int) (symbol >>> 32), (int) symbol);
                if (next != null && seen.add(key(next))) {
                    if (seen.size() > MAX_PAIRS) {
                        return false;
                    }
                    queue.add(next);
                }
            }
        }
        return true;
    }

    /**
     * Both automata after one symbol, or null where the path can show nothing: the wider one has accepted, or the
     * narrower one can no longer accept.
     */
    private static long[] step(Automaton narrower, Automaton wider, int ns, int ws, int nClass, int wClass) {
        int w = wider.table()[ws * wider.classes() + wClass];
        if (wider.accepting().get(w)) {
            return null;
        }
        int n = ns == -1 ? -1 : narrower.table()[ns * narrower.classes() + nClass];
        if (n != -1 && narrower.accepting().get(n)) {
            n = -1;
        }
        return n == 0 ? null : new long[] {n, w};
    }

    private static long key(long[] pair) {
        return (pair[0] << 32) ^ (pair[1] & 0xFFFFFFFFL);
    }

    /**
     * Every pair of classes (the first automaton's in the high half, the second's in the low) that some code point
     * has: ranges cut where either automaton cuts, and within a range each general category present, where either
     * tells categories apart.
     */
    private static long[] jointClasses(Automaton a, Automaton b) {
        Set<Long> pairs = new HashSet<>();
        int ia = 0;
        int ib = 0;
        int from = 0;
        while (from <= Character.MAX_CODE_POINT) {
            while (ia + 1 < a.bounds().length && a.bounds()[ia + 1] <= from) {
                ia++;
            }
            while (ib + 1 < b.bounds().length && b.bounds()[ib + 1] <= from) {
                ib++;
            }
            int to = Math.min(ia + 1 < a.bounds().length ? a.bounds()[ia + 1] : Character.MAX_CODE_POINT + 1,
                    ib + 1 < b.bounds().length ? b.bounds()[ib + 1] : Character.MAX_CODE_POINT + 1);
            if (a.categories() || b.categories()) {
                boolean[] done = new boolean[Partition.CATEGORIES];
                for (int cp = from; cp < to; cp++) {
                    int type = Character.getType(cp);
                    if (!done[type]) {
                        done[type] = true;
                        pairs.add(pair(classOf(a, ia, type), classOf(b, ib, type)));
                    }
                }
            } else {
                pairs.add(pair(a.symbolClass()[ia], b.symbolClass()[ib]));
            }
            from = to;
        }
        return pairs.stream().mapToLong(Long::longValue).sorted().toArray();
    }

    private static int classOf(Automaton a, int range, int type) {
        return a.categories() ? a.symbolClass()[range * Partition.CATEGORIES + type] : a.symbolClass()[range];
    }

    private static long pair(int first, int second) {
        return ((long) first << 32) | (second & 0xFFFFFFFFL);
    }
}
