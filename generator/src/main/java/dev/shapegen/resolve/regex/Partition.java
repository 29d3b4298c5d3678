package dev.shapegen.resolve.regex;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The code points split into classes that every set of a pattern (every leaf of its {@link Nfa}) treats alike: the
 * alphabet of its deterministic automaton. Classes {@link DfaBuilder#BEGIN_CLASS} and {@link DfaBuilder#END_CLASS}
 * stand for the start and the end of the input.
 */
final class Partition {
    static final int CATEGORIES = 31;

    /** The first code point of each range, ascending. */
    int[] bounds;
    /** Whether classes depend on the general category as well as the range. */
    boolean categories;
    /** The class of each range (times {@link #CATEGORIES}, when {@link #categories}). */
    int[] symbolClass;
    int classes;
    /** Whether each leaf holds each class. */
    boolean[][] leafHas;
    /** The classes each leaf holds. */
    int[][] leafClasses;
    /** The class of {@code \r}, when it has one of its own. */
    boolean[] isCr;

    /** Splits the code points at every bound of every set, then groups the pieces that every set treats alike. */
    Partition(List<CharSet> leaves) throws Unsupported {
        TreeSet<Integer> cuts = new TreeSet<>(List.of(0, 0xD800, 0xDC00, 0xE000, 0x10000));
        for (CharSet leaf : leaves) {
            leaf.bounds(cut -> {
                if (cut <= Character.MAX_CODE_POINT) {
                    cuts.add(cut);
                }
            });
            categories |= leaf.usesCategories();
        }
        bounds = cuts.stream().mapToInt(Integer::intValue).toArray();
        int types = categories ? CATEGORIES : 1;
        symbolClass = new int[bounds.length * types];
        Map<BitSet, Integer> signatures = new HashMap<>();
        List<BitSet> classSignatures = new ArrayList<>(List.of(new BitSet(), new BitSet()));
        for (int b = 0; b < bounds.length; b++) {
            for (int t = 0; t < types; t++) {
                BitSet signature = new BitSet();
                int type = categories ? t : Character.getType(bounds[b]);
                for (int leaf = 0; leaf < leaves.size(); leaf++) {
                    if (leaves.get(leaf).contains(bounds[b], type)) {
                        signature.set(leaf);
                    }
                }
                symbolClass[b * types + t] = signatures.computeIfAbsent(signature, s -> {
                    classSignatures.add(s);
                    return classSignatures.size() - 1;
                });
            }
        }
        classes = classSignatures.size();
        leafHas = new boolean[leaves.size()][classes];
        for (int c = 2; c < classes; c++) {
            BitSet s = classSignatures.get(c);
            for (int leaf = s.nextSetBit(0); leaf >= 0; leaf = s.nextSetBit(leaf + 1)) {
                leafHas[leaf][c] = true;
            }
        }
        leafClasses = new int[leaves.size()][];
        for (int leaf = 0; leaf < leafClasses.length; leaf++) {
            boolean[] has = leafHas[leaf];
            leafClasses[leaf] = java.util.stream.IntStream.range(2, classes).filter(c -> has[c]).toArray();
        }
        isCr = new boolean[classes];
        int crBucket = Arrays.binarySearch(bounds, '\r');
        if (crBucket >= 0 && bounds[crBucket + 1] == '\r' + 1) {
            isCr[symbolClass[crBucket * types + (categories ? Character.CONTROL : 0)]] = true;
        }
        checkSurrogates(leaves, types);
    }

    /**
     * java.util.regex may start a search in the middle of a surrogate pair, reading its low half alone, and compares
     * literal text by chars. The automaton reads whole code points, so it agrees only when every set that holds a
     * surrogate also holds every supplementary code point (as {@code .} and {@code [^a]} do).
     */
    private void checkSurrogates(List<CharSet> leaves, int types) throws Unsupported {
        for (int leaf = 0; leaf < leaves.size(); leaf++) {
            boolean surrogate = false;
            boolean allSupplementary = true;
            for (int b = 0; b < bounds.length; b++) {
                for (int t = 0; t < types; t++) {
                    boolean possible = !categories || (bounds[b] < 0xE000 && bounds[b] >= 0xD800)
                            == (t == Character.SURROGATE);
                    boolean has = leafHas[leaf][symbolClass[b * types + t]];
                    if (possible && bounds[b] >= 0xD800 && bounds[b] < 0xE000 && has) {
                        surrogate = true;
                    }
                    if (possible && bounds[b] >= 0x10000 && !has) {
                        allSupplementary = false;
                    }
                }
            }
            if (surrogate && !allSupplementary) {
                throw new Unsupported("a set that holds surrogates but not every supplementary code point");
            }
        }
    }
}
