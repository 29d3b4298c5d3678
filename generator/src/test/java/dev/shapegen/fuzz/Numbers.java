package dev.shapegen.fuzz;

import dev.shapegen.model.Shape;
import java.math.BigDecimal;
import java.util.List;
import java.util.Random;
import java.util.function.Predicate;

/** Random numbers of every numeric shape type, boxed as the generated code holds them. */
final class Numbers {
    private Numbers() {}

    /**
     * A number within the shape's bounds; or, when {@code slot} takes the offer, one step past a bound (a step is
     * 1, or 0.25 for fractional types, whose random bounds are quarters).
     */
    static Object value(Shape shape, Random random, Predicate<String> slot) {
        boolean fractional = switch (shape.type()) {
            case FLOAT, DOUBLE, BIG_DECIMAL -> true;
            default -> false;
        };
        BigDecimal step = fractional ? new BigDecimal("0.25") : BigDecimal.ONE;
        BigDecimal[] range = range(shape);
        BigDecimal min = shape.min();
        BigDecimal max = shape.max();
        if (min != null && fits(min.subtract(step), range) && slot.test("must be at least")) {
            return box(shape, min.subtract(step));
        }
        if (max != null && fits(max.add(step), range) && slot.test("must be at most")) {
            return box(shape, max.add(step));
        }
        if (min == null && max == null) {
            return box(shape, unbounded(shape, random));
        }
        BigDecimal lo = min != null ? min.max(range[0]) : max.subtract(BigDecimal.valueOf(1000)).max(range[0]);
        BigDecimal hi = max != null ? max.min(range[1]) : min.add(BigDecimal.valueOf(1000)).min(range[1]);
        long steps = hi.subtract(lo).divide(step).longValue();
        return box(shape, lo.add(step.multiply(BigDecimal.valueOf((long) (random.nextDouble() * (steps + 1)))))
                .min(hi));
    }

    /** The values the Java type can hold, for the types where a bound can lie outside them. */
    private static BigDecimal[] range(Shape shape) {
        long[] r = switch (shape.type()) {
            case BYTE -> new long[] {Byte.MIN_VALUE, Byte.MAX_VALUE};
            case SHORT -> new long[] {Short.MIN_VALUE, Short.MAX_VALUE};
            case INTEGER -> new long[] {Integer.MIN_VALUE, Integer.MAX_VALUE};
            default -> new long[] {Long.MIN_VALUE, Long.MAX_VALUE};
        };
        return new BigDecimal[] {BigDecimal.valueOf(r[0]), BigDecimal.valueOf(r[1])};
    }

    private static boolean fits(BigDecimal value, BigDecimal[] range) {
        return value.compareTo(range[0]) >= 0 && value.compareTo(range[1]) <= 0;
    }

    /** Extremes, signed zeros, long fractions and exponents, which JSON must carry exactly. */
    private static BigDecimal unbounded(Shape shape, Random random) {
        List<String> interesting = switch (shape.type()) {
            case BYTE -> List.of("-128", "127", "0");
            case SHORT -> List.of("-32768", "32767", "0");
            case INTEGER -> List.of("-2147483648", "2147483647", "0");
            case LONG -> List.of("-9223372036854775808", "9223372036854775807", "0");
            case BIG_INTEGER -> List.of("123456789012345678901234567890", "-1", "0");
            case FLOAT -> List.of("3.4028235E+38", "1.4E-45", "-0.5", "0");
            case DOUBLE -> List.of("1.7976931348623157E+308", "4.9E-324", "-0.1", "0");
            default -> List.of("1E+3", "0.000", "-123456789012345678901234567890.123", "1E-11");
        };
        if (random.nextBoolean()) {
            return new BigDecimal(interesting.get(random.nextInt(interesting.size())));
        }
        BigDecimal[] range = range(shape);
        return switch (shape.type()) {
            case FLOAT, DOUBLE, BIG_DECIMAL -> BigDecimal.valueOf(random.nextInt()).scaleByPowerOfTen(
                    -random.nextInt(8));
            case LONG, BIG_INTEGER -> BigDecimal.valueOf(random.nextLong());
            default -> range[0].add(BigDecimal.valueOf(Math.floorMod(random.nextLong(),
                    range[1].subtract(range[0]).longValue() + 1)));
        };
    }

    private static Object box(Shape shape, BigDecimal v) {
        return switch (shape.type()) {
            case BYTE -> v.byteValueExact();
            case SHORT -> v.shortValueExact();
            case INTEGER -> v.intValueExact();
            case LONG -> v.longValueExact();
            case BIG_INTEGER -> v.toBigIntegerExact();
            case FLOAT -> v.floatValue();
            case DOUBLE -> v.doubleValue();
            case BIG_DECIMAL -> v;
            default -> throw new IllegalArgumentException("not a number shape: " + shape);
        };
    }
}
