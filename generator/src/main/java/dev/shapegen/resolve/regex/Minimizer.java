package dev.shapegen.resolve.regex;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Deque;

/**
 * Makes a deterministic automaton minimal, by Hopcroft's partition refinement: the subset construction leaves many
 * states that no input tells apart, and each costs a row in the generated code. States that cannot lead to a match
 * join the dead state 0, so a search stops as soon as no match is possible. The start state stays 1.
 */
final class Minimizer {
    private final int n;
    private final int classes;
    /** The states, ordered so that each block is a range. */
    private final int[] elems;
    private final int[] loc;
    private final int[] blockOf;
    private int[] start;
    private int[] end;
    private int[] marked;
    private int blocks;

    private Minimizer(int n, int classes) {
        this.n = n;
        this.classes = classes;
        elems = new int[n];
        loc = new int[n];
        blockOf = new int[n];
        start = new int[n + 1];
        end = new int[n + 1];
        marked = new int[n + 1];
    }

    static Automaton minimal(Automaton a) {
        int n = a.states() + 1;
        int classes = a.classes();
        int[] table = a.table();
        Minimizer m = new Minimizer(n, classes);
        int[] block = m.refine(table, a.accepting());
        // Number the blocks: the dead state's block 0, then in order of first state (the start state's block is 1).
        int[] renumber = new int[m.blocks];
        Arrays.fill(renumber, -1);
        renumber[block[0]] = 0;
        int used = 0;
        for (int s = 1; s < n; s++) {
            if (renumber[block[s]] < 0) {
                renumber[block[s]] = ++used;
            }
        }
        if (block[1] == block[0]) {
            used = 0; // no input leads to a match: the automaton is its dead state alone
        }
        int[] minimal = new int[(used + 1) * classes];
        BitSet accepting = new BitSet();
        for (int s = 1; s < n; s++) {
            int to = renumber[block[s]];
            if (to == 0 || used == 0) {
                continue;
            }
            for (int c = 0; c < classes; c++) {
                minimal[to * classes + c] = renumber[block[table[s * classes + c]]];
            }
            if (a.accepting().get(s)) {
                accepting.set(to);
            }
        }
        return new Automaton(a.bounds(), a.categories(), a.symbolClass(), classes, used, minimal, accepting,
                a.search());
    }

    /** The block of each state, once no class splits any block further. */
    private int[] refine(int[] table, BitSet accepting) {
        // Inverse transitions, grouped by class and then by target: the states that class c takes into t.
        int[] inverseStart = new int[classes * n + 1];
        for (int s = 0; s < n; s++) {
            for (int c = 0; c < classes; c++) {
                inverseStart[c * n + table[s * classes + c] + 1]++;
            }
        }
        for (int i = 0; i < classes * n; i++) {
            inverseStart[i + 1] += inverseStart[i];
        }
        int[] fill = Arrays.copyOf(inverseStart, classes * n);
        int[] inverse = new int[n * classes];
        for (int s = 0; s < n; s++) {
            for (int c = 0; c < classes; c++) {
                inverse[fill[c * n + table[s * classes + c]]++] = s;
            }
        }
        // Two blocks to start with: accepting states, and the rest.
        int at = 0;
        for (int pass = 0; pass < 2; pass++) {
            for (int s = 0; s < n; s++) {
                if (accepting.get(s) == (pass == 0)) {
                    elems[at] = s;
                    loc[s] = at++;
                }
            }
        }
        int acceptingCount = accepting.cardinality();
        blocks = 0;
        addBlock(0, acceptingCount);
        addBlock(acceptingCount, n);
        boolean[][] waiting = new boolean[n + 1][];
        Deque<int[]> work = new ArrayDeque<>();
        for (int b = 0; b < blocks; b++) {
            waiting[b] = new boolean[classes];
            if (end[b] > start[b]) {
                for (int c = 0; c < classes; c++) {
                    waiting[b][c] = true;
                    work.add(new int[] {b, c});
                }
            }
        }
        int[] splitter = new int[n];
        int[] touched = new int[n + 1];
        while (!work.isEmpty()) {
            int[] next = work.poll();
            int a = next[0];
            int c = next[1];
            waiting[a][c] = false;
            int count = 0;
            for (int i = start[a]; i < end[a]; i++) {
                int t = elems[i];
                for (int j = inverseStart[c * n + t]; j < inverseStart[c * n + t + 1]; j++) {
                    splitter[count++] = inverse[j];
                }
            }
            int touchedCount = 0;
            for (int i = 0; i < count; i++) {
                int s = splitter[i];
                int b = blockOf[s];
                if (marked[b] == 0) {
                    touched[touchedCount++] = b;
                }
                int to = start[b] + marked[b]++;
                int other = elems[to];
                elems[loc[s]] = other;
                loc[other] = loc[s];
                elems[to] = s;
                loc[s] = to;
            }
            for (int i = 0; i < touchedCount; i++) {
                int b = touched[i];
                int split = marked[b];
                marked[b] = 0;
                if (split == end[b] - start[b]) {
                    continue;
                }
                int nb = addBlock(start[b], start[b] + split);
                start[b] += split;
                for (int k = start[nb]; k < end[nb]; k++) {
                    blockOf[elems[k]] = nb;
                }
                waiting[nb] = new boolean[classes];
                int smaller = end[nb] - start[nb] <= end[b] - start[b] ? nb : b;
                for (int d = 0; d < classes; d++) {
                    int add = waiting[b][d] ? nb : smaller;
                    if (!waiting[add][d]) {
                        waiting[add][d] = true;
                        work.add(new int[] {add, d});
                    }
                }
            }
        }
        return blockOf;
    }

    private int addBlock(int from, int to) {
        int b = blocks++;
        start[b] = from;
        end[b] = to;
        for (int i = from; i < to; i++) {
            blockOf[elems[i]] = b;
        }
        return b;
    }
}
