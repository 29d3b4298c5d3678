package dev.shapegen.diff;

import dev.shapegen.resolve.regex.PatternAutomata;
import java.util.Set;

/**
 * Which pattern changes surely reject nothing the old pattern took. Patterns are searched ({@code find()}), not
 * matched whole, so dropping a {@code ^} or {@code $} only lets more through, and a pattern that finds a match in
 * every string checks nothing. Otherwise both patterns' automata are compared (a value one finds a match in and the
 * other does not); where that cannot be shown, the change may reject more, and counts as tightened.
 */
final class PatternChange {
    /** Patterns that find a match in every string, the empty one included. */
    private static final Set<String> EVERYTHING = Set.of("", ".*", "^.*", ".*$", "[\\s\\S]*", "(.*)");

    private PatternChange() {}

    /**
     * Whether {@code after} surely accepts every string of at most {@code maxLength} code points that {@code before}
     * accepts.
     */
    static boolean looser(String before, String after, long maxLength) {
        if (before == null || after == null) {
            return after == null;
        }
        if (EVERYTHING.contains(after)) {
            return true;
        }
        Anchored b = Anchored.of(before);
        Anchored a = Anchored.of(after);
        return b.core.equals(a.core) && (b.start || !a.start) && (b.end || !a.end)
                || PatternAutomata.covers(after, before, maxLength);
    }

    /** A pattern split into its leading {@code ^}, its trailing unescaped {@code $} and what lies between. */
    private record Anchored(boolean start, String core, boolean end) {
        static Anchored of(String pattern) {
            boolean start = pattern.startsWith("^");
            String rest = start ? pattern.substring(1) : pattern;
            boolean end = rest.endsWith("$") && !escaped(rest, rest.length() - 1);
            return new Anchored(start, end ? rest.substring(0, rest.length() - 1) : rest, end);
        }

        /** Whether the character at {@code i} follows an odd number of backslashes. */
        private static boolean escaped(String s, int i) {
            int slashes = 0;
            for (int j = i - 1; j >= 0 && s.charAt(j) == '\\'; j--) {
                slashes++;
            }
            return slashes % 2 == 1;
        }
    }
}
