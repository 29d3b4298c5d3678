package dev.shapegen.fuzz;

import java.util.Random;

/**
 * Patterns a random spec may put on a string, each with a way to make values that match it and, where one exists,
 * values that do not. Generated code checks patterns with {@code find()}, so unanchored patterns match anywhere.
 */
enum PatternCase {
    /** Anchored character class, as in most AWS names. */
    NAME("^[a-z0-9-]+$", "abcxyz0189-", "", 1, "!"),
    DIGITS("^\\d+$", "0123456789", "", 1, "x"),
    /** Unanchored: some letter somewhere; a value without any letter breaks it. */
    HAS_LETTER("[a-zA-Z]", "abcXYZ", "", 1, null),
    /** A fixed prefix; values that start otherwise break it. */
    ARN("^arn:aws[a-z-]*:.*$", "abc:/-_0", "arn:aws:", 8, null),
    /** The AWS tag pattern, with Unicode classes. */
    TAG("^([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*)$", "aZé 9_.:/=+-@", "", 0, "!"),
    /** Matches everything: nothing can break it. */
    ANY(".*", "ab \"\\\n\u00e9", "", 0, null);

    final String regex;
    private final String alphabet;
    private final String prefix;
    /** The least length of a matching value. */
    final int minLength;
    private final String breaker;

    PatternCase(String regex, String alphabet, String prefix, int minLength, String breaker) {
        this.regex = regex;
        this.alphabet = alphabet;
        this.prefix = prefix;
        this.minLength = minLength;
        this.breaker = breaker;
    }

    static PatternCase of(String regex) {
        for (PatternCase p : values()) {
            if (p.regex.equals(regex)) {
                return p;
            }
        }
        throw new IllegalArgumentException("not a pattern of the random specs: " + regex);
    }

    /** A matching value of {@code length} code points ({@code length >= minLength}). */
    String matching(int length, Random random) {
        StringBuilder sb = new StringBuilder(prefix);
        for (int i = prefix.length(); i < length; i++) {
            sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return sb.toString();
    }

    /** Whether some value of this length does not match. */
    boolean canBreak(int length) {
        return this != ANY && (this == HAS_LETTER || this == ARN ? length >= 0 : length >= 1);
    }

    /** A value of {@code length} code points that does not match. */
    String breaking(int length, Random random) {
        return switch (this) {
            case HAS_LETTER -> "7".repeat(length);
            case ARN -> ("urn:aws:" + matching(Math.max(length, 8), random).substring(8)).substring(0, length);
            default -> {
                String ok = matching(length, random);
                int at = random.nextInt(length);
                yield ok.substring(0, at) + breaker + ok.substring(at + 1);
            }
        };
    }
}
