package dev.shapegen.resolve.regex;

import java.util.List;
import java.util.function.IntConsumer;

/**
 * A set of code points as a pattern names it: ranges, Unicode general categories, and their complements and unions.
 * Membership is asked of a code point together with its general category, so a set that names categories is decided
 * by the category the running JVM gives ({@link Character#getType(int)}), as java.util.regex decides it.
 */
sealed interface CharSet {
    /** Every code point. */
    CharSet ALL = new Ranges(new int[] {0, Character.MAX_CODE_POINT});

    /**
     * Whether the set holds a code point.
     *
     * @param cp the code point
     * @param category its general category, as {@link Character#getType(int)} gives it
     */
    boolean contains(int cp, int category);

    /** Reports every code point where membership by range may change: each range's first and one past its last. */
    void bounds(IntConsumer out);

    /** Whether membership depends on the general category. */
    boolean usesCategories();

    static CharSet of(int... pairs) {
        return new Ranges(pairs.clone());
    }

    static CharSet single(int cp) {
        return new Ranges(new int[] {cp, cp});
    }

    /** Inclusive ranges, as pairs of first and last code point. */
    record Ranges(int[] pairs) implements CharSet {
        @Override
        public boolean contains(int cp, int category) {
            for (int i = 0; i < pairs.length; i += 2) {
                if (cp >= pairs[i] && cp <= pairs[i + 1]) {
                    return true;
                }
            }
            return false;
        }

        @Override
        public void bounds(IntConsumer out) {
            for (int i = 0; i < pairs.length; i += 2) {
                out.accept(pairs[i]);
                out.accept(pairs[i + 1] + 1);
            }
        }

        @Override
        public boolean usesCategories() {
            return false;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Ranges r && java.util.Arrays.equals(pairs, r.pairs);
        }

        @Override
        public int hashCode() {
            return java.util.Arrays.hashCode(pairs);
        }
    }

    /** The code points whose general category is in a mask (bit {@code 1 << Character.getType(cp)}). */
    record Categories(int mask) implements CharSet {
        @Override
        public boolean contains(int cp, int category) {
            return (mask & (1 << category)) != 0;
        }

        @Override
        public void bounds(IntConsumer out) {}

        @Override
        public boolean usesCategories() {
            return true;
        }
    }

    /** Every code point the set does not hold. */
    record Not(CharSet of) implements CharSet {
        @Override
        public boolean contains(int cp, int category) {
            return !of.contains(cp, category);
        }

        @Override
        public void bounds(IntConsumer out) {
            of.bounds(out);
        }

        @Override
        public boolean usesCategories() {
            return of.usesCategories();
        }
    }

    /** Every code point one of the sets holds. */
    record Union(List<CharSet> of) implements CharSet {
        public Union {
            of = List.copyOf(of);
        }

        @Override
        public boolean contains(int cp, int category) {
            for (CharSet s : of) {
                if (s.contains(cp, category)) {
                    return true;
                }
            }
            return false;
        }

        @Override
        public void bounds(IntConsumer out) {
            of.forEach(s -> s.bounds(out));
        }

        @Override
        public boolean usesCategories() {
            return of.stream().anyMatch(CharSet::usesCategories);
        }
    }
}
