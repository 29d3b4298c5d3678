package dev.shapegen.resolve.regex;

import java.nio.IntBuffer;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;

/** Makes a deterministic automaton minimal. */
final class Minimizer {
    private Minimizer() {}

    /**
     * Merges states that no input tells apart (Moore's partition refinement), keeping 0 dead and 1 the start: the
     * subset construction leaves many such states, and each costs a row in the generated code.
     */
    static Automaton minimal(Automaton a) {
        int[] table = a.table();
        int count = a.states();
        int classes = a.classes();
        BitSet accepting = a.accepting();
        int[] block = new int[count + 1];
        for (int s = 1; s <= count; s++) {
            block[s] = accepting.get(s) ? 1 : 2;
        }
        int blocks = -1;
        while (true) {
            Map<IntBuffer, Integer> ids = new HashMap<>();
            int[] next = new int[count + 1];
            ids.put(IntBuffer.wrap(new int[0]), 0);
            for (int s = 1; s <= count; s++) {
                int[] signature = new int[classes + 1];
                signature[0] = block[s];
                for (int c = 0; c < classes; c++) {
                    signature[c + 1] = block[table[s * classes + c]];
                }
                next[s] = ids.computeIfAbsent(IntBuffer.wrap(signature), k -> ids.size());
            }
            block = next;
            if (ids.size() == blocks) {
                break;
            }
            blocks = ids.size();
        }
        // Number the blocks in order of first state, so the start state's block is 1 and the output is stable.
        int[] renumber = new int[blocks];
        Arrays.fill(renumber, -1);
        renumber[0] = 0;
        int used = 0;
        for (int s = 1; s <= count; s++) {
            if (renumber[block[s]] < 0) {
                renumber[block[s]] = ++used;
            }
        }
        int[] minimal = new int[(used + 1) * classes];
        BitSet minimalAccepting = new BitSet();
        for (int s = 1; s <= count; s++) {
            int to = renumber[block[s]];
            for (int c = 0; c < classes; c++) {
                minimal[to * classes + c] = renumber[block[table[s * classes + c]]];
            }
            if (accepting.get(s)) {
                minimalAccepting.set(to);
            }
        }
        return new Automaton(a.bounds(), a.categories(), a.symbolClass(), classes, used, minimal, minimalAccepting);
    }
}
