package dev.shapegen.resolve;

import java.util.regex.Pattern;

/** Facts about {@code pattern} constraints that decide what generated validation must check. */
public final class Patterns {
    private Patterns() {}

    /**
     * Whether every string contains a match of the pattern (generated code uses {@code find()}), as for {@code .*}
     * (18% of the patterns in AWS models). That holds when the pattern matches the empty string without looking
     * at its surroundings: then it matches at the start of any string. Anchors, word boundaries, lookaround,
     * back-references and inline flags look at (or change how they look at) the input, so any of them, even a
     * harmless one, makes the answer no. Non-capturing groups {@code (?:...)} do not: SageMaker's
     * {@code .*(?:[ \r\n\t].*)*} is vacuous, and checking it would overflow java.util.regex's stack on a value of
     * a few thousand lines.
     *
     * @param pattern the compiled pattern
     * @return true only when checking the pattern can never fail
     */
    public static boolean isVacuous(Pattern pattern) {
        String source = pattern.pattern();
        for (int i = 0; i < source.length(); i++) {
            char c = source.charAt(i);
            if (c == '^' || c == '$' || c == '(' && source.startsWith("?", i + 1) && !source.startsWith("?:", i + 1)) {
                return false;
            }
            if (c == '\\' && i + 1 < source.length()) {
                char next = source.charAt(++i);
                if ("bBAGZzQ".indexOf(next) >= 0 || Character.isDigit(next) || next == 'k') {
                    return false;
                }
            }
        }
        return pattern.matcher("").matches();
    }
}
