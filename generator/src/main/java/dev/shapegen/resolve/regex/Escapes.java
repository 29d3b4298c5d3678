package dev.shapegen.resolve.regex;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** The predefined sets of java.util.regex without flags: all ASCII-only but {@code .} and the general categories. */
final class Escapes {
    /** {@code .}: anything but a line terminator. */
    static final CharSet DOT = new CharSet.Not(CharSet.of('\n', '\n', '\r', '\r', 0x85, 0x85, 0x2028, 0x2029));

    private static final CharSet DIGIT = CharSet.of('0', '9');
    private static final CharSet WORD = CharSet.of('0', '9', 'A', 'Z', '_', '_', 'a', 'z');
    private static final CharSet SPACE = CharSet.of('\t', '\r', ' ', ' ');

    /** POSIX classes: US-ASCII only, as java.util.regex has them without UNICODE_CHARACTER_CLASS. */
    private static final Map<String, CharSet> POSIX = Map.ofEntries(
            Map.entry("Lower", CharSet.of('a', 'z')),
            Map.entry("Upper", CharSet.of('A', 'Z')),
            Map.entry("ASCII", CharSet.of(0, 0x7F)),
            Map.entry("Alpha", CharSet.of('A', 'Z', 'a', 'z')),
            Map.entry("Digit", DIGIT),
            Map.entry("Alnum", CharSet.of('0', '9', 'A', 'Z', 'a', 'z')),
            Map.entry("Punct", CharSet.of('!', '/', ':', '@', '[', '`', '{', '~')),
            Map.entry("Graph", CharSet.of('!', '~')),
            Map.entry("Print", CharSet.of(' ', '~')),
            Map.entry("Blank", CharSet.of(' ', ' ', '\t', '\t')),
            Map.entry("Cntrl", CharSet.of(0, 0x1F, 0x7F, 0x7F)),
            Map.entry("XDigit", CharSet.of('0', '9', 'A', 'F', 'a', 'f')),
            Map.entry("Space", SPACE));


    /** White_Space, as java.util.regex decides it: the separators (Zs, Zl, Zp), tab to carriage return, and NEL. */
    private static final CharSet WHITE_SPACE = new CharSet.Union(List.of(
            new CharSet.Categories((1 << Character.SPACE_SEPARATOR) | (1 << Character.LINE_SEPARATOR)
                    | (1 << Character.PARAGRAPH_SEPARATOR)),
            CharSet.of(0x09, 0x0D, 0x85, 0x85)));

    /** The general-category names that {@link #property} asks java.util.regex about. */
    private static final Pattern CATEGORY_NAME = Pattern.compile("[A-Z][a-z]?|LC|LD");

    private Escapes() {}

    /** {@code \d \D \w \W \s \S}, or null for any other letter. */
    static CharSet predefined(int c) {
        return switch (c) {
            case 'd' -> DIGIT;
            case 'D' -> new CharSet.Not(DIGIT);
            case 'w' -> WORD;
            case 'W' -> new CharSet.Not(WORD);
            case 's' -> SPACE;
            case 'S' -> new CharSet.Not(SPACE);
            default -> null;
        };
    }

    /**
     * The set a {@code \p{name}} names: a POSIX class, a general category (such as {@code L} or {@code Nd}) or a
     * union of them ({@code LC}, {@code LD}: letters, or digits too, as Character.isLetterOrDigit), or the Unicode
     * White_Space property ({@code IsWhitespace}, {@code IsWhite_Space}).
     */
    static CharSet property(String name) throws Unsupported {
        CharSet posix = POSIX.get(name);
        if (posix != null) {
            return posix;
        }
        if (name.equals("IsWhitespace") || name.equals("IsWhite_Space")) {
            return WHITE_SPACE;
        }
        if (!CATEGORY_NAME.matcher(name).matches()) {
            throw new Unsupported("the property \\p{" + name + "}");
        }
        Pattern property;
        try {
            property = Pattern.compile("\\p{" + name + "}");
        } catch (IllegalArgumentException e) {
            throw new Unsupported("the property \\p{" + name + "}");
        }
        // java.util.regex decides general categories by Character.getType alone, so one code point per category
        // tells which categories the name covers.
        int mask = 0;
        int[] samples = Samples.SAMPLES;
        for (int type = 0; type < samples.length; type++) {
            if (samples[type] >= 0 && property.matcher(Character.toString(samples[type])).matches()) {
                mask |= 1 << type;
            }
        }
        return new CharSet.Categories(mask);
    }

    /** One code point of each general category, to ask java.util.regex which categories a name covers. */
    private static final class Samples {
        static final int[] SAMPLES = samples();

        private static int[] samples() {
            int[] samples = new int[32];
            java.util.Arrays.fill(samples, -1);
            samples[Character.SURROGATE] = 0xD800;
            // Every category but the unused 17 has code points below U+10000; stop once all are seen.
            int missing = 29;
            for (int cp = 0; cp < 0x10000 && missing > 0; cp++) {
                int type = Character.getType(cp);
                if (samples[type] < 0) {
                    samples[type] = cp;
                    missing--;
                }
            }
            return samples;
        }
    }
}
