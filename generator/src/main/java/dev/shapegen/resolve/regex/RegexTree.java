package dev.shapegen.resolve.regex;

import java.util.List;

/** A parsed pattern, reduced to what decides which strings it finds: sets, sequence, choice, repetition, anchors. */
sealed interface RegexTree {
    /** One code point from a set. */
    record Chars(CharSet set) implements RegexTree {}

    /** The items one after another. */
    record Seq(List<RegexTree> items) implements RegexTree {
        public Seq {
            items = List.copyOf(items);
        }
    }

    /** One of the options. */
    record Alt(List<RegexTree> options) implements RegexTree {
        public Alt {
            options = List.copyOf(options);
        }
    }

    /** The item {@code min} to {@code max} times; {@code max} is {@link #UNBOUNDED} for no limit. */
    record Repeat(RegexTree item, int min, int max) implements RegexTree {
        static final int UNBOUNDED = -1;
    }

    /** {@code ^} or {@code \A}: the start of the input. */
    record Begin() implements RegexTree {}

    /** {@code \b}: between a word character and one that is not (or the start or end of the input). */
    record Boundary() implements RegexTree {}

    /**
     * {@code (?=x)} or {@code (?!x)}: whether x matches (or does not) from here. Only at the start of an anchored
     * pattern can an automaton decide it (see {@link Lookaheads}); elsewhere the pattern keeps java.util.regex.
     */
    record LookAhead(RegexTree body, boolean negated) implements RegexTree {}

    /** {@code (?<=x)} or {@code (?<!x)} of one code point: whether the code point before is (or is not) in a set. */
    record LookBehind(CharSet set, boolean negated) implements RegexTree {}

    /**
     * {@code $} or {@code \Z} (the end of the input, or before a line terminator that ends it), or {@code \z} (the
     * end of the input only).
     */
    record End(boolean beforeFinalTerminator) implements RegexTree {}
}
