package dev.shapegen.fuzz;

import dev.shapegen.model.Shape;
import java.util.Random;
import java.util.function.Predicate;

/** Random strings for random values: lengths in code points, as validation counts them. */
final class Strings {
    /** Code points that JSON, Java source and length counting each treat specially. */
    private static final int[] ALPHABET = {'a', 'Z', '0', ' ', '"', '\\', '\n', 0, '/', '*', 0xe9, 0x20ac, 0x2028,
        0x1f600, 0x10ffff};

    private Strings() {}

    static String text(Random random, int codePoints) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < codePoints; i++) {
            sb.appendCodePoint(ALPHABET[random.nextInt(ALPHABET.length)]);
        }
        return sb.toString();
    }

    /** A string that keeps every constraint of the shape. */
    static String valid(Shape shape, Random random) {
        PatternCase pattern = shape.pattern() == null ? null : PatternCase.of(shape.pattern());
        int lo = Math.max(min(shape), pattern == null ? 0 : pattern.minLength);
        int hi = shape.max() == null ? lo + 6 : shape.max().intValueExact();
        int length = lo + random.nextInt(hi - lo + 1);
        return pattern == null ? text(random, length) : pattern.matching(length, random);
    }

    /** A string within the shape's length bounds and at most {@code spread} past the least, whatever its pattern. */
    static String ofLength(Shape shape, Random random, int spread) {
        int lo = min(shape);
        int hi = Math.min(lo + spread, shape.max() == null ? lo + 6 : shape.max().intValueExact());
        return text(random, lo + random.nextInt(hi - lo + 1));
    }

    /**
     * Offers each constraint of the shape that a string can break to {@code slot}, in a fixed order; returns a
     * string that breaks the first one taken (and only it), or null when none was.
     */
    static String breaking(Shape shape, Random random, Predicate<String> slot) {
        int min = min(shape);
        if (min > 0 && slot.test("must be at least")) {
            return text(random, min - 1);
        }
        if (shape.max() != null && slot.test("must be at most")) {
            return text(random, shape.max().intValueExact() + 1);
        }
        if (shape.pattern() != null) {
            PatternCase pattern = PatternCase.of(shape.pattern());
            int hi = shape.max() == null ? Math.max(min, pattern.minLength) + 6 : shape.max().intValueExact();
            int lo = Math.max(min, pattern.canBreak(0) ? 0 : 1);
            if (lo <= hi && pattern.canBreak(hi) && slot.test("must match the pattern")) {
                return pattern.breaking(lo + random.nextInt(hi - lo + 1), random);
            }
        }
        return null;
    }

    private static int min(Shape shape) {
        return shape.min() == null ? 0 : shape.min().intValueExact();
    }
}
