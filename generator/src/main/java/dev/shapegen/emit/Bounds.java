package dev.shapegen.emit;

import com.palantir.javapoet.CodeBlock;
import dev.shapegen.model.Shape;
import java.math.BigDecimal;

/** The bounds of a shape as the arguments of the runtime's checks. */
final class Bounds {
    private Bounds() {}

    /** {@code min, max} of a length, size or whole-number range; unset bounds are the extremes of {@code long}. */
    static CodeBlock of(Shape shape) {
        return CodeBlock.of("$L, $L", bound(shape.min(), true), bound(shape.max(), false));
    }

    static CodeBlock bound(BigDecimal bound, boolean isMin) {
        CodeBlock none = CodeBlock.of(isMin ? "$T.MIN_VALUE" : "$T.MAX_VALUE", Long.class);
        if (bound == null) {
            return none;
        }
        // A fractional bound on a whole number: the nearest whole bound inside it.
        BigDecimal whole = bound.setScale(0, isMin ? java.math.RoundingMode.CEILING : java.math.RoundingMode.FLOOR);
        try {
            return CodeBlock.of("$LL", whole.longValueExact());
        } catch (ArithmeticException e) {
            return none;
        }
    }

    static CodeBlock decimal(BigDecimal bound) {
        return bound == null ? CodeBlock.of("null") : CodeBlock.of("new $T($S)", BigDecimal.class,
                bound.toPlainString());
    }
}
