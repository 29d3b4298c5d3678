package dev.shapegen.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.shapegen.model.Member;
import dev.shapegen.model.Shape;
import dev.shapegen.model.ShapeType;
import dev.shapegen.resolve.ResolvedModel;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * Emits the validation code of one generated type: the walk over its members that checks every constraint of the
 * model (required, length, size, range, pattern, enum membership), deep. The shared checks live once per package
 * in the runtime's {@code Validation}; here only the calls are generated. Patterns become static fields, compiled
 * once (to an automaton, by the generator, where it can).
 */
final class ValidatorEmitter {
    private final Types types;
    /** Pattern fields by {@link dev.shapegen.resolve.ResolvedModel#patternKey}: name, pattern and automaton. */
    private final Map<String, PatternField> patterns = new LinkedHashMap<>();

    private record PatternField(String name, String regex, String automaton) {}

    ValidatorEmitter(Types types) {
        this.types = types;
    }

    /**
     * The pattern fields used by the code emitted so far, in order of first use: the automaton the generator
     * compiled each pattern to, or java.util.regex for the few it could not.
     */
    List<FieldSpec> patternFields() {
        List<FieldSpec> fields = new ArrayList<>();
        ClassName regexType = types.runtime("Regex");
        patterns.values().forEach(field -> {
            CodeBlock init = field.automaton() == null
                    ? CodeBlock.of("$T.backtracking($L)", regexType, Literals.string(field.regex()))
                    : CodeBlock.of("$T.automaton($L,\n$>$>$L$<$<)", regexType, Literals.string(field.regex()),
                            Literals.string(field.automaton()));
            fields.add(FieldSpec.builder(regexType, field.name(), Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                    .initializer(init).build());
        });
        return fields;
    }

    /** The walk for a record: {@code validate(Validation v)}. Components are read as {@code this.x}. */
    MethodSpec recordWalk(Shape shape) {
        CodeBlock.Builder body = CodeBlock.builder();
        for (Member m : shape.members().values()) {
            String field = "this." + types.names().member(shape.name(), m.name());
            String wire = types.names().wire(shape.name(), m.name());
            if (shape.required().contains(m.name())) {
                body.addStatement("v.required($L, $L)", Literals.string(wire), field);
            }
            value(body, types.model().target(m), wire, field, 0);
        }
        return walk(body.build()).addModifiers(Modifier.PUBLIC).addAnnotation(Override.class).build();
    }

    /** The walk for a union variant holding {@code value} for the given member. */
    MethodSpec variantWalk(Member member, String wireName) {
        CodeBlock.Builder body = CodeBlock.builder();
        value(body, types.model().target(member), wireName, "this.value", 0);
        return walk(body.build()).addModifiers(Modifier.PUBLIC).addAnnotation(Override.class).build();
    }

    /** An empty walk, for the variant that holds a member this code does not know. */
    MethodSpec emptyWalk() {
        return walk(CodeBlock.builder().addStatement("// Nothing is known about this member's constraints.").build())
                .addModifiers(Modifier.PUBLIC).addAnnotation(Override.class).build();
    }

    private MethodSpec.Builder walk(CodeBlock body) {
        return MethodSpec.methodBuilder("validate")
                .addParameter(types.runtime("Validation"), "v")
                .addCode(body);
    }

    /**
     * Emits the checks of one value. {@code member} is the wire name the value sits under, or null for list
     * elements and map values (whose path is already entered).
     */
    private void value(CodeBlock.Builder b, Shape shape, String member, String expr, int depth) {
        if (!needsCheck(shape, depth)) {
            return;
        }
        b.beginControlFlow("if ($L != null)", expr);
        switch (shape.type()) {
            case STRING -> string(b, shape, member, shape.isEnum() ? expr + ".value()" : expr);
            case LIST, MAP -> collection(b, shape, member, expr, depth);
            case STRUCTURE -> nested(b, member, expr);
            case BLOB -> b.addStatement("v.bytes($L, $L.size(), $L, $L)", Literals.string(member), expr,
                    longBound(shape.min(), true), longBound(shape.max(), false));
            default -> number(b, shape, member, expr);
        }
        if (shape.isEnum()) {
            b.addStatement("v.known($L, $L.isKnown(), $L.value(), $T.knownValues())", Literals.string(member), expr,
                    expr, types.names().type(shape.name()));
        }
        b.endControlFlow();
    }

    private void string(CodeBlock.Builder b, Shape shape, String member, String expr) {
        String regex = types.model().checkedPattern(shape);
        if (shape.min() == null && shape.max() == null && regex == null) {
            return;
        }
        String pattern = regex == null ? "null" : patterns.computeIfAbsent(ResolvedModel.patternKey(shape),
                k -> new PatternField("PATTERN_" + patterns.size(), regex, types.model().automaton(shape))).name();
        b.addStatement("v.string($L, $L, $L, $L, $L)", Literals.string(member), expr, longBound(shape.min(), true),
                longBound(shape.max(), false), pattern);
    }

    private void number(CodeBlock.Builder b, Shape shape, String member, String expr) {
        if (shape.min() == null && shape.max() == null) {
            return;
        }
        switch (shape.type()) {
            case FLOAT, DOUBLE -> b.addStatement("v.range($L, $L.doubleValue(), $L, $L)", Literals.string(member),
                    expr, shape.min() == null ? "Double.NEGATIVE_INFINITY" : shape.min().toPlainString() + "d",
                    shape.max() == null ? "Double.POSITIVE_INFINITY" : shape.max().toPlainString() + "d");
            case BIG_DECIMAL, BIG_INTEGER -> b.addStatement("v.range($L, new $T($L.toString()), $L, $L)",
                    Literals.string(member), BigDecimal.class, expr, decimal(shape.min()), decimal(shape.max()));
            default -> b.addStatement("v.range($L, $L.longValue(), $L, $L)", Literals.string(member), expr,
                    longBound(shape.min(), true), longBound(shape.max(), false));
        }
    }

    private void collection(CodeBlock.Builder b, Shape shape, String member, String expr, int depth) {
        if (shape.min() != null || shape.max() != null) {
            b.addStatement("v.size($L, $L.size(), $L, $L)", Literals.string(member), expr,
                    longBound(shape.min(), true), longBound(shape.max(), false));
        }
        boolean isList = shape.type() == ShapeType.LIST;
        Shape element = types.model().target(isList ? shape.listMember() : shape.mapValue());
        Shape key = isList ? null : types.model().target(shape.mapKey());
        boolean checkElements = needsCheck(element, depth + 1);
        // Map keys are plain strings in Java (even for enum keys), so only their length and pattern are checked.
        boolean checkKeys = key != null && (key.min() != null || key.max() != null
                || types.model().checkedPattern(key) != null);
        if (!checkElements && !checkKeys) {
            return;
        }
        if (member != null) {
            b.addStatement("v.enter($L)", Literals.string(member));
        }
        String e = "$e" + depth;
        if (isList) {
            String i = "$i" + depth;
            b.beginControlFlow("for (int $L = 0; $L < $L.size(); $L++)", i, i, expr, i)
                    .addStatement("$T $L = $L.get($L)", types.of(element), e, expr, i)
                    .addStatement("v.enterIndex($L)", i);
            value(b, element, null, e, depth + 1);
        } else {
            TypeName entry = ParameterizedTypeName.get(ClassName.get(Map.Entry.class), ClassName.get(String.class),
                    types.of(element));
            String en = "$en" + depth;
            b.beginControlFlow("for ($T $L : $L.entrySet())", entry, en, expr)
                    .addStatement("v.enterKey($L.getKey())", en);
            if (checkKeys) {
                string(b, key, null, en + ".getKey()");
            }
            if (checkElements) {
                b.addStatement("$T $L = $L.getValue()", types.of(element), e, en);
                value(b, element, null, e, depth + 1);
            }
        }
        b.addStatement("v.exit()").endControlFlow();
        if (member != null) {
            b.addStatement("v.exit()");
        }
    }

    private void nested(CodeBlock.Builder b, String member, String expr) {
        if (member != null) {
            b.addStatement("v.enter($L)", Literals.string(member));
        }
        b.addStatement("$L.validate(v)", expr);
        if (member != null) {
            b.addStatement("v.exit()");
        }
    }

    /** Whether a value of this shape has anything to check; structures are always walked. */
    private boolean needsCheck(Shape shape, int depth) {
        if (depth > 16) {
            return false;
        }
        return switch (shape.type()) {
            case STRUCTURE -> !shape.isDocument();
            case STRING -> shape.isEnum() || shape.min() != null || shape.max() != null
                    || types.model().checkedPattern(shape) != null;
            case LIST -> shape.min() != null || shape.max() != null
                    || needsCheck(types.model().target(shape.listMember()), depth + 1);
            case MAP -> shape.min() != null || shape.max() != null
                    || needsCheck(types.model().target(shape.mapKey()), depth + 1)
                    || needsCheck(types.model().target(shape.mapValue()), depth + 1);
            case BOOLEAN, TIMESTAMP -> false;
            default -> shape.min() != null || shape.max() != null;
        };
    }

    private static String longBound(BigDecimal bound, boolean isMin) {
        if (bound == null) {
            return isMin ? "Long.MIN_VALUE" : "Long.MAX_VALUE";
        }
        // A fractional bound on a whole number: the nearest whole bound inside it.
        BigDecimal whole = bound.setScale(0, isMin ? java.math.RoundingMode.CEILING : java.math.RoundingMode.FLOOR);
        try {
            return whole.longValueExact() + "L";
        } catch (ArithmeticException e) {
            return isMin ? "Long.MIN_VALUE" : "Long.MAX_VALUE";
        }
    }

    private static CodeBlock decimal(BigDecimal bound) {
        return bound == null ? CodeBlock.of("null") : CodeBlock.of("new $T($S)", BigDecimal.class,
                bound.toPlainString());
    }
}
